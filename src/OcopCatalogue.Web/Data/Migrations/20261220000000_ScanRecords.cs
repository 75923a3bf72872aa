using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>The scan log: one row per view of a batch's scan page, with a coarse salted network key and a user-agent bucket.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20261220000000_ScanRecords")]
public sealed class ScanRecords : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ScanRecords",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                BatchId = table.Column<Guid>(nullable: false),
                Serial = table.Column<string>(maxLength: 20, nullable: true),
                ScannedAt = table.Column<DateTimeOffset>(nullable: false),
                NetworkKey = table.Column<string>(maxLength: 32, nullable: false),
                Family = table.Column<string>(maxLength: 40, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_ScanRecords", x => x.Id);
                table.ForeignKey("FK_ScanRecords_TraceBatches_BatchId", x => x.BatchId, "TraceBatches", "Id", onDelete: ReferentialAction.Cascade);
            });
        migrationBuilder.CreateIndex("IX_ScanRecords_BatchId_Serial", "ScanRecords", ["BatchId", "Serial"]);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("ScanRecords");
    }
}
