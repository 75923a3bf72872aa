using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>
/// What the servers of a cluster share through the store: cache instructions each server replays, leases of recurring
/// jobs, small shared values (network salt, set-up link), rate-limit counters and the data-protection keys.
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270107000000_ClusterState")]
public sealed class ClusterState : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "CacheInstructions",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                CreatedUtc = table.Column<DateTime>(nullable: false),
                Node = table.Column<string>(maxLength: 100, nullable: false),
                Source = table.Column<string>(maxLength: 200, nullable: false),
                Items = table.Column<string>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_CacheInstructions", x => x.Id));
        migrationBuilder.CreateIndex("IX_CacheInstructions_CreatedUtc", "CacheInstructions", "CreatedUtc");

        migrationBuilder.CreateTable(
            name: "JobLeases",
            columns: table => new
            {
                Job = table.Column<string>(maxLength: 100, nullable: false),
                Holder = table.Column<string>(maxLength: 100, nullable: false),
                TakenUtc = table.Column<DateTime>(nullable: false),
                ExpiresUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_JobLeases", x => x.Job));

        migrationBuilder.CreateTable(
            name: "SharedValues",
            columns: table => new
            {
                Name = table.Column<string>(maxLength: 100, nullable: false),
                Value = table.Column<string>(maxLength: 2000, nullable: false),
                ExpiresUtc = table.Column<DateTime>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_SharedValues", x => x.Name));

        migrationBuilder.CreateTable(
            name: "RateLimitCounters",
            columns: table => new
            {
                Key = table.Column<string>(maxLength: 200, nullable: false),
                Count = table.Column<int>(nullable: false),
                ExpiresUtc = table.Column<DateTime>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RateLimitCounters", x => x.Key));
        migrationBuilder.CreateIndex("IX_RateLimitCounters_ExpiresUtc", "RateLimitCounters", "ExpiresUtc");

        migrationBuilder.CreateTable(
            name: "DataProtectionKeys",
            columns: table => new
            {
                Id = table.Column<int>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                FriendlyName = table.Column<string>(nullable: true),
                Xml = table.Column<string>(nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_DataProtectionKeys", x => x.Id));
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("DataProtectionKeys");
        migrationBuilder.DropTable("RateLimitCounters");
        migrationBuilder.DropTable("SharedValues");
        migrationBuilder.DropTable("JobLeases");
        migrationBuilder.DropTable("CacheInstructions");
    }
}
