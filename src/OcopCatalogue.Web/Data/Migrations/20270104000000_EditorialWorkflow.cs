using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>The editorial workflow: every saved version of every content item, and the recycle bin.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270104000000_EditorialWorkflow")]
public sealed class EditorialWorkflow : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "ContentVersions",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ItemType = table.Column<string>(maxLength: 40, nullable: false),
                ItemId = table.Column<Guid>(nullable: false),
                Number = table.Column<int>(nullable: false),
                State = table.Column<string>(maxLength: 40, nullable: false),
                Snapshot = table.Column<string>(nullable: false),
                SavedById = table.Column<string>(maxLength: 100, nullable: false),
                SavedByName = table.Column<string>(maxLength: 200, nullable: false),
                SavedAt = table.Column<DateTimeOffset>(nullable: false),
                Note = table.Column<string>(maxLength: 500, nullable: true),
                PublishedAt = table.Column<DateTimeOffset>(nullable: true),
                PublishAt = table.Column<DateTimeOffset>(nullable: true),
                UnpublishAt = table.Column<DateTimeOffset>(nullable: true),
                ScheduledByName = table.Column<string>(maxLength: 200, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_ContentVersions", x => x.Id));
        migrationBuilder.CreateIndex("IX_ContentVersions_ItemType_ItemId_Number", "ContentVersions", ["ItemType", "ItemId", "Number"], unique: true);
        migrationBuilder.CreateIndex("IX_ContentVersions_State", "ContentVersions", "State");

        migrationBuilder.CreateTable(
            name: "RecycleBin",
            columns: table => new
            {
                ItemType = table.Column<string>(maxLength: 40, nullable: false),
                ItemId = table.Column<Guid>(nullable: false),
                Name = table.Column<string>(maxLength: 200, nullable: false),
                ProducerId = table.Column<Guid>(nullable: true),
                StateBefore = table.Column<string>(maxLength: 40, nullable: false),
                DeletedById = table.Column<string>(maxLength: 100, nullable: false),
                DeletedByName = table.Column<string>(maxLength: 200, nullable: false),
                DeletedAt = table.Column<DateTimeOffset>(nullable: false),
            },
            constraints: table => table.PrimaryKey("PK_RecycleBin", x => new { x.ItemType, x.ItemId }));
        migrationBuilder.CreateIndex("IX_RecycleBin_ItemId", "RecycleBin", "ItemId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("RecycleBin");
        migrationBuilder.DropTable("ContentVersions");
    }
}
