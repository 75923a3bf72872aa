using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>
/// The first content model. Written by hand: the EF design-time package cannot be restored from our registry
/// (see docs/decisions/0002); MigrationsMatchTheModelTests compares the migrated schema with the model.
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122000000_InitialContentModel")]
public sealed class InitialContentModel : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.CreateTable(
            name: "ImportedFiles",
            columns: table => new
            {
                Path = table.Column<string>(maxLength: 400, nullable: false),
                Sha256 = table.Column<string>(maxLength: 64, nullable: false),
                ItemId = table.Column<Guid>(nullable: false),
                ImportedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_ImportedFiles", x => x.Path));

        migrationBuilder.CreateTable(
            name: "Pages",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                Title = table.Column<string>(maxLength: 200, nullable: false),
                Summary = table.Column<string>(maxLength: 500, nullable: true),
                BodyHtml = table.Column<string>(nullable: false),
                MenuOrder = table.Column<int>(nullable: false),
                State = table.Column<string>(maxLength: 40, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Pages", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Producers",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Street = table.Column<string>(maxLength: 200, nullable: true),
                CommuneOrWard = table.Column<string>(maxLength: 120, nullable: true),
                District = table.Column<string>(maxLength: 120, nullable: true),
                Province = table.Column<string>(maxLength: 120, nullable: false),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
                Phone = table.Column<string>(maxLength: 40, nullable: true),
                Website = table.Column<string>(maxLength: 300, nullable: true),
                StoryHtml = table.Column<string>(nullable: true),
                StoryIsSample = table.Column<bool>(nullable: false),
                LogoPath = table.Column<string>(maxLength: 300, nullable: true),
                State = table.Column<string>(maxLength: 40, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_Producers", x => x.Id));

        migrationBuilder.CreateTable(
            name: "SalesPoints",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                Kind = table.Column<string>(maxLength: 40, nullable: false),
                Operator = table.Column<string>(maxLength: 200, nullable: true),
                Street = table.Column<string>(maxLength: 200, nullable: true),
                CommuneOrWard = table.Column<string>(maxLength: 120, nullable: true),
                District = table.Column<string>(maxLength: 120, nullable: true),
                Province = table.Column<string>(maxLength: 120, nullable: false),
                Latitude = table.Column<double>(nullable: true),
                Longitude = table.Column<double>(nullable: true),
                OpeningHours = table.Column<string>(maxLength: 500, nullable: true),
                Phone = table.Column<string>(maxLength: 40, nullable: true),
                Description = table.Column<string>(maxLength: 2000, nullable: true),
                Source = table.Column<string>(maxLength: 500, nullable: true),
                State = table.Column<string>(maxLength: 40, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_SalesPoints", x => x.Id));

        migrationBuilder.CreateTable(
            name: "Products",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                Slug = table.Column<string>(maxLength: 80, nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ProducerId = table.Column<Guid>(nullable: true),
                OriginLocality = table.Column<string>(maxLength: 120, nullable: true),
                OriginProvince = table.Column<string>(maxLength: 120, nullable: true),
                Group = table.Column<string>(maxLength: 40, nullable: false),
                SubGroupCode = table.Column<string>(maxLength: 10, nullable: true),
                ShortDescription = table.Column<string>(maxLength: 500, nullable: true),
                StoryHtml = table.Column<string>(nullable: true),
                StoryIsSample = table.Column<bool>(nullable: false),
                Ingredients = table.Column<string>(maxLength: 2000, nullable: true),
                Packaging = table.Column<string>(maxLength: 500, nullable: true),
                ShelfLife = table.Column<string>(maxLength: 200, nullable: true),
                Source = table.Column<string>(maxLength: 500, nullable: true),
                State = table.Column<string>(maxLength: 40, nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                Images = table.Column<string>(nullable: true),
                OnlineShops = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Products", x => x.Id);
                table.ForeignKey("FK_Products_Producers_ProducerId", x => x.ProducerId, "Producers", "Id", onDelete: ReferentialAction.Restrict);
            });

        migrationBuilder.CreateTable(
            name: "Certificates",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                Sequence = table.Column<int>(nullable: false),
                Score = table.Column<decimal>(precision: 5, scale: 2, nullable: true),
                PublishedStars = table.Column<string>(maxLength: 40, nullable: true),
                Level = table.Column<string>(maxLength: 40, nullable: true),
                DecisionNumber = table.Column<string>(maxLength: 60, nullable: true),
                DecisionDate = table.Column<DateOnly>(nullable: true),
                IsProposed = table.Column<bool>(nullable: false),
                IsRevoked = table.Column<bool>(nullable: false),
                RevokedOn = table.Column<DateOnly>(nullable: true),
                PublishedAsExpired = table.Column<bool>(nullable: false),
                Source = table.Column<string>(maxLength: 500, nullable: true),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_Certificates", x => x.Id);
                table.ForeignKey("FK_Certificates_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateTable(
            name: "SalesPointProducts",
            columns: table => new
            {
                ProductsId = table.Column<Guid>(nullable: false),
                SalesPointsId = table.Column<Guid>(nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_SalesPointProducts", x => new { x.ProductsId, x.SalesPointsId });
                table.ForeignKey("FK_SalesPointProducts_Products_ProductsId", x => x.ProductsId, "Products", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_SalesPointProducts_SalesPoints_SalesPointsId", x => x.SalesPointsId, "SalesPoints", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_Certificates_ProductId_Sequence", "Certificates", ["ProductId", "Sequence"], unique: true);
        migrationBuilder.CreateIndex("IX_Pages_Slug", "Pages", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_Producers_Slug", "Producers", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_Products_ProducerId", "Products", "ProducerId");
        migrationBuilder.CreateIndex("IX_Products_Slug", "Products", "Slug", unique: true);
        migrationBuilder.CreateIndex("IX_SalesPointProducts_SalesPointsId", "SalesPointProducts", "SalesPointsId");
        migrationBuilder.CreateIndex("IX_SalesPoints_Slug", "SalesPoints", "Slug", unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        foreach (var table in new[] { "SalesPointProducts", "Certificates", "Products", "SalesPoints", "Producers", "Pages", "ImportedFiles" })
        {
            migrationBuilder.DropTable(table);
        }
    }
}
