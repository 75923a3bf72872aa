using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlEvaluationRounds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EvaluationCommuneAssignments",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    Commune = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationCommuneAssignments", x => new { x.UserId, x.Commune });
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    SubmissionDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    ScreeningDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    ScoringDeadline = table.Column<DateOnly>(type: "date", nullable: true),
                    SpreadLimit = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRounds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationSheets",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Json = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    IsComplete = table.Column<bool>(type: "boolean", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "C"),
                    LoadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoadedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationSheets", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationCouncilSeats",
                columns: table => new
                {
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationCouncilSeats", x => new { x.RoundId, x.UserId, x.Role });
                    table.ForeignKey(
                        name: "FK_EvaluationCouncilSeats_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Scan = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true, collation: "C"),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationDecisions_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationRegistrations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RoundId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProducerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SheetCode = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Commune = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    Step = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    DossierVersion = table.Column<int>(type: "integer", nullable: false),
                    ScoringRound = table.Column<int>(type: "integer", nullable: false),
                    DraftSelfAssessment = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StepChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Score = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    Stars = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Spread = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: true),
                    ProposeToCentral = table.Column<bool>(type: "boolean", nullable: false),
                    DecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    CertificateId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationRegistrations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationRegistrations_EvaluationRounds_RoundId",
                        column: x => x.RoundId,
                        principalTable: "EvaluationRounds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationRegistrations_Producers_ProducerId",
                        column: x => x.ProducerId,
                        principalTable: "Producers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EvaluationRegistrations_Products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "Products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationCouncilScores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    MemberId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    ScoringRound = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true, collation: "C"),
                    Points = table.Column<string>(type: "text", nullable: false, collation: "C"),
                    Total = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationCouncilScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationCouncilScores_EvaluationRegistrations_Registratio~",
                        column: x => x.RegistrationId,
                        principalTable: "EvaluationRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationDossierVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    SelfAssessment = table.Column<string>(type: "text", nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationDossierVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationDossierVersions_EvaluationRegistrations_Registrat~",
                        column: x => x.RegistrationId,
                        principalTable: "EvaluationRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationEvidenceFiles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: true),
                    Target = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false, collation: "C"),
                    OriginalName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "C"),
                    StoredName = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false, collation: "C"),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationEvidenceFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationEvidenceFiles_EvaluationRegistrations_Registratio~",
                        column: x => x.RegistrationId,
                        principalTable: "EvaluationRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EvaluationScreenings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RegistrationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DossierVersion = table.Column<int>(type: "integer", nullable: false),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ByUserId = table.Column<string>(type: "character varying(450)", maxLength: 450, nullable: false, collation: "C"),
                    ByName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false, collation: "C"),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    LocalOrigin = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    LocalLabour = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    IdeaOrigin = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    LocalIdentity = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C"),
                    Report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EvaluationScreenings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EvaluationScreenings_EvaluationRegistrations_RegistrationId",
                        column: x => x.RegistrationId,
                        principalTable: "EvaluationRegistrations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationCouncilScores_RegistrationId_MemberId_Attempt",
                table: "EvaluationCouncilScores",
                columns: new[] { "RegistrationId", "MemberId", "Attempt" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationCouncilSeats_UserId",
                table: "EvaluationCouncilSeats",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationDecisions_RoundId",
                table: "EvaluationDecisions",
                column: "RoundId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationDossierVersions_RegistrationId_Version",
                table: "EvaluationDossierVersions",
                columns: new[] { "RegistrationId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationEvidenceFiles_RegistrationId",
                table: "EvaluationEvidenceFiles",
                column: "RegistrationId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRegistrations_Commune",
                table: "EvaluationRegistrations",
                column: "Commune");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRegistrations_ProducerId",
                table: "EvaluationRegistrations",
                column: "ProducerId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRegistrations_ProductId",
                table: "EvaluationRegistrations",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRegistrations_RoundId_ProductId",
                table: "EvaluationRegistrations",
                columns: new[] { "RoundId", "ProductId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationRounds_Year",
                table: "EvaluationRounds",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationScreenings_RegistrationId",
                table: "EvaluationScreenings",
                column: "RegistrationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EvaluationCommuneAssignments");

            migrationBuilder.DropTable(
                name: "EvaluationCouncilScores");

            migrationBuilder.DropTable(
                name: "EvaluationCouncilSeats");

            migrationBuilder.DropTable(
                name: "EvaluationDecisions");

            migrationBuilder.DropTable(
                name: "EvaluationDossierVersions");

            migrationBuilder.DropTable(
                name: "EvaluationEvidenceFiles");

            migrationBuilder.DropTable(
                name: "EvaluationScreenings");

            migrationBuilder.DropTable(
                name: "EvaluationSheets");

            migrationBuilder.DropTable(
                name: "EvaluationRegistrations");

            migrationBuilder.DropTable(
                name: "EvaluationRounds");
        }
    }
}
