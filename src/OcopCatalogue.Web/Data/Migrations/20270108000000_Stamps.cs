using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>Serialised stamps: print orders of a batch, the serials issued for it, and when each was first checked.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270108000000_Stamps")]
public sealed class Stamps : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "StampPrintOrders",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                BatchId = table.Column<Guid>(nullable: false),
                RequestedCount = table.Column<int>(nullable: false),
                Reason = table.Column<string>(maxLength: 500, nullable: false),
                OverQuantityReason = table.Column<string>(maxLength: 500, nullable: true),
                RequestedById = table.Column<string>(maxLength: 450, nullable: true),
                RequestedBy = table.Column<string>(maxLength: 256, nullable: false),
                RequestedAt = table.Column<DateTimeOffset>(nullable: false),
                ApprovedById = table.Column<string>(maxLength: 450, nullable: true),
                ApprovedBy = table.Column<string>(maxLength: 256, nullable: true),
                ApprovedAt = table.Column<DateTimeOffset>(nullable: true),
                State = table.Column<string>(maxLength: 40, nullable: false),
                IssuedCount = table.Column<int>(nullable: false),
                StampWidthMm = table.Column<int>(nullable: false),
                StampHeightMm = table.Column<int>(nullable: false),
                Columns = table.Column<int>(nullable: false),
                MarginMm = table.Column<int>(nullable: false),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
                RevokedReason = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StampPrintOrders", x => x.Id);
                table.ForeignKey("FK_StampPrintOrders_TraceBatches_BatchId", x => x.BatchId, "TraceBatches", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_StampPrintOrders_BatchId", "StampPrintOrders", "BatchId");
        migrationBuilder.CreateIndex("IX_StampPrintOrders_State", "StampPrintOrders", "State");

        migrationBuilder.CreateTable(
            name: "IssuedStamps",
            columns: table => new
            {
                BatchId = table.Column<Guid>(nullable: false),
                SerialValue = table.Column<long>(nullable: false),
                Serial = table.Column<string>(maxLength: 20, nullable: false),
                PrintOrderId = table.Column<Guid>(nullable: false),
                RevokedAt = table.Column<DateTimeOffset>(nullable: true),
                RevokedReason = table.Column<string>(maxLength: 500, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_IssuedStamps", x => new { x.BatchId, x.SerialValue });
                table.ForeignKey("FK_IssuedStamps_TraceBatches_BatchId", x => x.BatchId, "TraceBatches", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_IssuedStamps_StampPrintOrders_PrintOrderId", x => x.PrintOrderId, "StampPrintOrders", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_IssuedStamps_PrintOrderId", "IssuedStamps", "PrintOrderId");

        migrationBuilder.CreateTable(
            name: "StampChecks",
            columns: table => new
            {
                BatchId = table.Column<Guid>(nullable: false),
                SerialValue = table.Column<long>(nullable: false),
                FirstCheckedAt = table.Column<DateTimeOffset>(nullable: false),
                Count = table.Column<long>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_StampChecks", x => new { x.BatchId, x.SerialValue });
                table.ForeignKey("FK_StampChecks_TraceBatches_BatchId", x => x.BatchId, "TraceBatches", "Id", onDelete: ReferentialAction.Cascade);
            });
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("StampChecks");
        migrationBuilder.DropTable("IssuedStamps");
        migrationBuilder.DropTable("StampPrintOrders");
    }
}
