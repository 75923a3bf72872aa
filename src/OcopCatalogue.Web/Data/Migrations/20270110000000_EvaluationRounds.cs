using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>Evaluation rounds (issue 18): rounds, registrations, dossier versions, evidence, screening, council seats and scores, decisions, criteria sheets.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270110000000_EvaluationRounds")]
public sealed class EvaluationRounds : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "EvaluationRounds",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Year = table.Column<int>(nullable: false),
                Level = table.Column<string>(maxLength: 40, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                SubmissionDeadline = table.Column<DateOnly>(nullable: true),
                ScreeningDeadline = table.Column<DateOnly>(nullable: true),
                ScoringDeadline = table.Column<DateOnly>(nullable: true),
                SpreadLimit = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                CreatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EvaluationRounds", x => x.Id));
        migrationBuilder.CreateIndex("IX_EvaluationRounds_Year", "EvaluationRounds", "Year");

        migrationBuilder.CreateTable(
            name: "EvaluationRegistrations",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoundId = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                ProducerId = table.Column<Guid>(nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                SheetCode = table.Column<string>(maxLength: 60, nullable: false),
                Commune = table.Column<string>(maxLength: 200, nullable: false),
                Step = table.Column<string>(maxLength: 40, nullable: false),
                DossierVersion = table.Column<int>(nullable: false),
                ScoringRound = table.Column<int>(nullable: false),
                DraftSelfAssessment = table.Column<string>(nullable: false),
                RegisteredAt = table.Column<DateTimeOffset>(nullable: false),
                StepChangedAt = table.Column<DateTimeOffset>(nullable: false),
                Score = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                Stars = table.Column<string>(maxLength: 40, nullable: true),
                Spread = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                ProposeToCentral = table.Column<bool>(nullable: false),
                DecisionId = table.Column<Guid>(nullable: true),
                CertificateId = table.Column<Guid>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationRegistrations", x => x.Id);
                table.ForeignKey("FK_EvaluationRegistrations_EvaluationRounds_RoundId", x => x.RoundId, "EvaluationRounds", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_EvaluationRegistrations_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_EvaluationRegistrations_Producers_ProducerId", x => x.ProducerId, "Producers", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvaluationRegistrations_RoundId_ProductId", "EvaluationRegistrations", ["RoundId", "ProductId"], unique: true);
        migrationBuilder.CreateIndex("IX_EvaluationRegistrations_ProducerId", "EvaluationRegistrations", "ProducerId");
        migrationBuilder.CreateIndex("IX_EvaluationRegistrations_ProductId", "EvaluationRegistrations", "ProductId");
        migrationBuilder.CreateIndex("IX_EvaluationRegistrations_Commune", "EvaluationRegistrations", "Commune");

        migrationBuilder.CreateTable(
            name: "EvaluationDossierVersions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: false),
                SubmittedAt = table.Column<DateTimeOffset>(nullable: false),
                SubmittedBy = table.Column<string>(maxLength: 450, nullable: false),
                SelfAssessment = table.Column<string>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationDossierVersions", x => x.Id);
                table.ForeignKey("FK_EvaluationDossierVersions_EvaluationRegistrations_RegistrationId", x => x.RegistrationId, "EvaluationRegistrations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvaluationDossierVersions_RegistrationId_Version", "EvaluationDossierVersions", ["RegistrationId", "Version"], unique: true);

        migrationBuilder.CreateTable(
            name: "EvaluationEvidenceFiles",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                Version = table.Column<int>(nullable: true),
                Target = table.Column<string>(maxLength: 20, nullable: false),
                OriginalName = table.Column<string>(maxLength: 200, nullable: false),
                StoredName = table.Column<string>(maxLength: 60, nullable: false),
                Length = table.Column<long>(nullable: false),
                UploadedAt = table.Column<DateTimeOffset>(nullable: false),
                UploadedBy = table.Column<string>(maxLength: 450, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationEvidenceFiles", x => x.Id);
                table.ForeignKey("FK_EvaluationEvidenceFiles_EvaluationRegistrations_RegistrationId", x => x.RegistrationId, "EvaluationRegistrations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvaluationEvidenceFiles_RegistrationId", "EvaluationEvidenceFiles", "RegistrationId");

        migrationBuilder.CreateTable(
            name: "EvaluationScreenings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                DossierVersion = table.Column<int>(nullable: false),
                Action = table.Column<string>(maxLength: 40, nullable: false),
                ByUserId = table.Column<string>(maxLength: 450, nullable: false),
                ByName = table.Column<string>(maxLength: 256, nullable: false),
                At = table.Column<DateTimeOffset>(nullable: false),
                Reason = table.Column<string>(maxLength: 4000, nullable: true),
                LocalOrigin = table.Column<string>(maxLength: 4000, nullable: true),
                LocalLabour = table.Column<string>(maxLength: 4000, nullable: true),
                IdeaOrigin = table.Column<string>(maxLength: 4000, nullable: true),
                LocalIdentity = table.Column<string>(maxLength: 4000, nullable: true),
                Report = table.Column<string>(maxLength: 4000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationScreenings", x => x.Id);
                table.ForeignKey("FK_EvaluationScreenings_EvaluationRegistrations_RegistrationId", x => x.RegistrationId, "EvaluationRegistrations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvaluationScreenings_RegistrationId", "EvaluationScreenings", "RegistrationId");

        migrationBuilder.CreateTable(
            name: "EvaluationCouncilScores",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RegistrationId = table.Column<Guid>(nullable: false),
                MemberId = table.Column<string>(maxLength: 450, nullable: false),
                Attempt = table.Column<int>(nullable: false),
                ScoringRound = table.Column<int>(nullable: false),
                SubmittedAt = table.Column<DateTimeOffset>(nullable: false),
                Reason = table.Column<string>(maxLength: 2000, nullable: true),
                Points = table.Column<string>(nullable: false),
                Total = table.Column<decimal>(precision: 6, scale: 2, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationCouncilScores", x => x.Id);
                table.ForeignKey("FK_EvaluationCouncilScores_EvaluationRegistrations_RegistrationId", x => x.RegistrationId, "EvaluationRegistrations", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvaluationCouncilScores_RegistrationId_MemberId_Attempt", "EvaluationCouncilScores", ["RegistrationId", "MemberId", "Attempt"], unique: true);

        migrationBuilder.CreateTable(
            name: "EvaluationCouncilSeats",
            columns: table => new
            {
                RoundId = table.Column<Guid>(nullable: false),
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Role = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationCouncilSeats", x => new { x.RoundId, x.UserId, x.Role });
                table.ForeignKey("FK_EvaluationCouncilSeats_EvaluationRounds_RoundId", x => x.RoundId, "EvaluationRounds", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvaluationCouncilSeats_UserId", "EvaluationCouncilSeats", "UserId");

        migrationBuilder.CreateTable(
            name: "EvaluationCommuneAssignments",
            columns: table => new
            {
                UserId = table.Column<string>(maxLength: 450, nullable: false),
                Commune = table.Column<string>(maxLength: 200, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EvaluationCommuneAssignments", x => new { x.UserId, x.Commune }));

        migrationBuilder.CreateTable(
            name: "EvaluationDecisions",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                RoundId = table.Column<Guid>(nullable: false),
                Number = table.Column<string>(maxLength: 60, nullable: false),
                Date = table.Column<DateOnly>(nullable: false),
                Scan = table.Column<string>(maxLength: 60, nullable: true),
                RecordedAt = table.Column<DateTimeOffset>(nullable: false),
                RecordedBy = table.Column<string>(maxLength: 450, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_EvaluationDecisions", x => x.Id);
                table.ForeignKey("FK_EvaluationDecisions_EvaluationRounds_RoundId", x => x.RoundId, "EvaluationRounds", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_EvaluationDecisions_RoundId", "EvaluationDecisions", "RoundId");

        migrationBuilder.CreateTable(
            name: "EvaluationSheets",
            columns: table => new
            {
                Code = table.Column<string>(maxLength: 60, nullable: false),
                Json = table.Column<string>(nullable: false),
                IsComplete = table.Column<bool>(nullable: false),
                Name = table.Column<string>(maxLength: 300, nullable: false),
                LoadedAt = table.Column<DateTimeOffset>(nullable: false),
                LoadedBy = table.Column<string>(maxLength: 256, nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_EvaluationSheets", x => x.Code));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in (string[])["EvaluationSheets", "EvaluationDecisions", "EvaluationCommuneAssignments", "EvaluationCouncilSeats",
            "EvaluationCouncilScores", "EvaluationScreenings", "EvaluationEvidenceFiles", "EvaluationDossierVersions", "EvaluationRegistrations", "EvaluationRounds"])
        {
            migrationBuilder.DropTable(table);
        }
    }
}
