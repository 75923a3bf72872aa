using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>
/// Optional English renderings of the content visitors read: product and producer names, descriptions and stories,
/// sales point names and descriptions. All null to begin with; the English site shows the Vietnamese text with a
/// note until an editor fills them in.
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261215000000_EnglishContentFields")]
public sealed class EnglishContentFields : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "NameEn", table: "Products", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "ShortDescriptionEn", table: "Products", maxLength: 500, nullable: true);
        migrationBuilder.AddColumn<string>(name: "StoryHtmlEn", table: "Products", nullable: true);
        migrationBuilder.AddColumn<string>(name: "NameEn", table: "Producers", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "StoryHtmlEn", table: "Producers", nullable: true);
        migrationBuilder.AddColumn<string>(name: "NameEn", table: "SalesPoints", maxLength: 200, nullable: true);
        migrationBuilder.AddColumn<string>(name: "DescriptionEn", table: "SalesPoints", maxLength: 2000, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "DescriptionEn", table: "SalesPoints");
        migrationBuilder.DropColumn(name: "NameEn", table: "SalesPoints");
        migrationBuilder.DropColumn(name: "StoryHtmlEn", table: "Producers");
        migrationBuilder.DropColumn(name: "NameEn", table: "Producers");
        migrationBuilder.DropColumn(name: "StoryHtmlEn", table: "Products");
        migrationBuilder.DropColumn(name: "ShortDescriptionEn", table: "Products");
        migrationBuilder.DropColumn(name: "NameEn", table: "Products");
    }
}
