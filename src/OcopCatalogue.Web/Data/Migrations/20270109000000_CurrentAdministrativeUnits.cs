using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>
/// Addresses after the 2025 reorganisation: every address keeps its published text and gains today's commune or ward
/// and province (no district), null until known with certainty; and the locality mappings of uSync/localities.
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270109000000_CurrentAdministrativeUnits")]
public sealed class CurrentAdministrativeUnits : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "CurrentCommuneOrWard", table: "Producers", maxLength: 120, nullable: true);
        migrationBuilder.AddColumn<string>(name: "CurrentProvince", table: "Producers", maxLength: 120, nullable: true);
        migrationBuilder.AddColumn<string>(name: "CurrentCommuneOrWard", table: "SalesPoints", maxLength: 120, nullable: true);
        migrationBuilder.AddColumn<string>(name: "CurrentProvince", table: "SalesPoints", maxLength: 120, nullable: true);
        migrationBuilder.AddColumn<string>(name: "OriginCurrentCommuneOrWard", table: "Products", maxLength: 120, nullable: true);
        migrationBuilder.AddColumn<string>(name: "OriginCurrentProvince", table: "Products", maxLength: 120, nullable: true);

        migrationBuilder.CreateTable(
            name: "LocalityMappings",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                PublishedProvince = table.Column<string>(maxLength: 120, nullable: false),
                PublishedDistrict = table.Column<string>(maxLength: 120, nullable: true),
                PublishedCommuneOrWard = table.Column<string>(maxLength: 120, nullable: true),
                CurrentCommuneOrWard = table.Column<string>(maxLength: 120, nullable: true),
                CurrentProvince = table.Column<string>(maxLength: 120, nullable: true),
                ProvinceResolution = table.Column<string>(maxLength: 40, nullable: true),
                ProvinceResolutionDate = table.Column<DateOnly>(nullable: true),
                CommuneResolution = table.Column<string>(maxLength: 40, nullable: true),
                CommuneResolutionDate = table.Column<DateOnly>(nullable: true),
                VerifiedAt = table.Column<string>(maxLength: 1000, nullable: true),
                Note = table.Column<string>(maxLength: 1000, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_LocalityMappings", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable(name: "LocalityMappings");
        migrationBuilder.DropColumn(name: "OriginCurrentProvince", table: "Products");
        migrationBuilder.DropColumn(name: "OriginCurrentCommuneOrWard", table: "Products");
        migrationBuilder.DropColumn(name: "CurrentProvince", table: "SalesPoints");
        migrationBuilder.DropColumn(name: "CurrentCommuneOrWard", table: "SalesPoints");
        migrationBuilder.DropColumn(name: "CurrentProvince", table: "Producers");
        migrationBuilder.DropColumn(name: "CurrentCommuneOrWard", table: "Producers");
    }
}
