using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>
/// Batches get a publication state, so one written in the back office stays off the scan page until it is
/// published. The batches already stored came from uSync as public facts, so they start as Published.
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270106000000_BatchPublicationState")]
public sealed class BatchPublicationState : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "State", table: "TraceBatches", maxLength: 40, nullable: false, defaultValue: "Published");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "State", table: "TraceBatches");
    }
}
