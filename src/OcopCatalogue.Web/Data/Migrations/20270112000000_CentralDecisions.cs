using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>Evaluation rounds (issue 18): the central level's result on each product a province proposed for five stars.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270112000000_CentralDecisions")]
public sealed class CentralDecisions : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "EvaluationCentralDecisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 60, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                IssuingBody = table.Column<string>(maxLength: 200, nullable: false),
                Scan = table.Column<string>(maxLength: 60, nullable: true),
                Granted = table.Column<bool>(nullable: false),
                Score = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                CertificateId = table.Column<Guid>(nullable: true),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: 450, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationCentralDecisions", x => x.Id);
                table.ForeignKey("FK_EvaluationCentralDecisions_EvaluationRegistrations_RegistrationId", x => x.RegistrationId, "EvaluationRegistrations", "Id",
                    onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvaluationCentralDecisions_RegistrationId", "EvaluationCentralDecisions", "RegistrationId", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("EvaluationCentralDecisions");
    }
}
