using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlStamps : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "StampChecks",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    SerialValue = table.Column<long>(type: "bigint", nullable: false),
                    FirstCheckedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StampChecks", x => new { x.BatchId, x.SerialValue });
                    table.ForeignKey(
                        name: "FK_StampChecks_TraceBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "TraceBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "StampPrintOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedCount = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "C"),
                    OverQuantityReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C"),
                    RequestedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true, collation: "C"),
                    RequestedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ApprovedById = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: true, collation: "C"),
                    ApprovedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true, collation: "C"),
                    ApprovedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    State = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IssuedCount = table.Column<int>(type: "integer", nullable: false),
                    StampWidthMm = table.Column<int>(type: "integer", nullable: false),
                    StampHeightMm = table.Column<int>(type: "integer", nullable: false),
                    Columns = table.Column<int>(type: "integer", nullable: false),
                    MarginMm = table.Column<int>(type: "integer", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StampPrintOrders", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StampPrintOrders_TraceBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "TraceBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "IssuedStamps",
                columns: table => new
                {
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    SerialValue = table.Column<long>(type: "bigint", nullable: false),
                    Serial = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    PrintOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    RevokedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IssuedStamps", x => new { x.BatchId, x.SerialValue });
                    table.ForeignKey(
                        name: "FK_IssuedStamps_StampPrintOrders_PrintOrderId",
                        column: x => x.PrintOrderId,
                        principalTable: "StampPrintOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_IssuedStamps_TraceBatches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "TraceBatches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_IssuedStamps_PrintOrderId",
                table: "IssuedStamps",
                column: "PrintOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_StampPrintOrders_BatchId",
                table: "StampPrintOrders",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_StampPrintOrders_State",
                table: "StampPrintOrders",
                column: "State");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "IssuedStamps");

            migrationBuilder.DropTable(
                name: "StampChecks");

            migrationBuilder.DropTable(
                name: "StampPrintOrders");
        }
    }
}
