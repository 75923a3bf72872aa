using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>The media library: one row per uploaded photo (the files themselves live in the data directory).</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270102000000_MediaLibrary")]
public sealed class MediaLibrary : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "MediaItems",
            columns: table => new
            {
                Id = table.Column<Guid>(nullable: false),
                OriginalFileName = table.Column<string>(maxLength: 200, nullable: false),
                Format = table.Column<string>(maxLength: 40, nullable: false),
                Width = table.Column<int>(nullable: false),
                Height = table.Column<int>(nullable: false),
                ByteSize = table.Column<long>(nullable: false),
                Alt = table.Column<string>(maxLength: 300, nullable: false),
                AltEn = table.Column<string>(maxLength: 300, nullable: true),
                SearchText = table.Column<string>(maxLength: 802, nullable: false),
                UploadedBy = table.Column<string>(maxLength: 256, nullable: false),
                UploadedAt = table.Column<long>(nullable: false),
                State = table.Column<string>(maxLength: 40, nullable: false),
                ProcessedAt = table.Column<DateTimeOffset>(nullable: true),
                ProcessingError = table.Column<string>(maxLength: 400, nullable: true),
            },
            constraints: table => table.PrimaryKey("PK_MediaItems", x => x.Id));
        migrationBuilder.CreateIndex("IX_MediaItems_UploadedAt", "MediaItems", "UploadedAt");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("MediaItems");
    }
}
