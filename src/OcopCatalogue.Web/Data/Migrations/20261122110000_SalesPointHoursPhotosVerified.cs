using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>
/// Sales points get a structured opening schedule (JSON), photos (JSON) and the date they were last verified.
/// Existing rows get an empty schedule: hours stay "not published" until an editor enters them.
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261122110000_SalesPointHoursPhotosVerified")]
public sealed class SalesPointHoursPhotosVerified : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<DateOnly>(name: "LastVerified", table: "SalesPoints", nullable: true);
        migrationBuilder.AddColumn<string>(name: "Schedule", table: "SalesPoints", nullable: true);
        migrationBuilder.Sql("UPDATE \"SalesPoints\" SET \"Schedule\" = '{\"Weekly\":[],\"Exceptions\":[]}' WHERE \"Schedule\" IS NULL;");
        migrationBuilder.AddColumn<string>(name: "Photos", table: "SalesPoints", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "Photos", table: "SalesPoints");
        migrationBuilder.DropColumn(name: "Schedule", table: "SalesPoints");
        migrationBuilder.DropColumn(name: "LastVerified", table: "SalesPoints");
    }
}
