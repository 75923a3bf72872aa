using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>Batches (lô hàng) with their certifications, lab tests and timeline; a product's GTIN and trace code.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261201000000_TraceBatches")]
public sealed class TraceBatches : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);

        migrationBuilder.AddColumn<string>("Gtin", "Products", maxLength: 14, nullable: true);
        migrationBuilder.AddColumn<string>("TraceCode", "Products", maxLength: 10, nullable: true);
        migrationBuilder.CreateIndex("IX_Products_Gtin", "Products", "Gtin", unique: true);
        migrationBuilder.CreateIndex("IX_Products_TraceCode", "Products", "TraceCode", unique: true);

        migrationBuilder.CreateTable(
            name: "TraceBatches",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                ProductId = table.Column<Guid>(nullable: false),
                LotCode = table.Column<string>(maxLength: 20, nullable: false),
                ProductionDate = table.Column<DateOnly>(nullable: true),
                ExpiryDate = table.Column<DateOnly>(nullable: true),
                QuantityProduced = table.Column<int>(nullable: true),
                QuantityUnit = table.Column<string>(maxLength: 40, nullable: true),
                OriginPlace = table.Column<string>(maxLength: 200, nullable: true),
                GrowingAreaCode = table.Column<string>(maxLength: 60, nullable: true),
                IsSample = table.Column<bool>(nullable: false),
                UpdatedAt = table.Column<DateTimeOffset>(nullable: false),
                Certifications = table.Column<string>(nullable: true),
                Events = table.Column<string>(nullable: true),
                LabTests = table.Column<string>(nullable: true),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_TraceBatches", x => x.Id);
                table.ForeignKey("FK_TraceBatches_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
            });

        migrationBuilder.CreateIndex("IX_TraceBatches_ProductId_LotCode", "TraceBatches", ["ProductId", "LotCode"], unique: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("TraceBatches");
        migrationBuilder.DropIndex("IX_Products_TraceCode", "Products");
        migrationBuilder.DropIndex("IX_Products_Gtin", "Products");
        migrationBuilder.DropColumn("TraceCode", "Products");
        migrationBuilder.DropColumn("Gtin", "Products");
    }
}
