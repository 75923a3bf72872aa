using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlCentralDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluationCentralDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuingBody = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Scan = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true, collation: "C"),
                    Granted = table.Column<bool>(type: "boolean", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationCentralDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationCentralDecisions_EvaluationRegistrations_Registra~",
                        column: x => x.RegistrationId,
                        principalTable: "EvaluationRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationCentralDecisions_RegistrationId",
                table: "EvaluationCentralDecisions",
                column: "RegistrationId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationCentralDecisions");
        }
    }
}
