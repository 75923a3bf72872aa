using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>Shoppers' reports of suspected fakes, sent from a batch's scan page; photos live in the data directory's reports folder.</summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270103000000_FakeReports")]
public sealed class FakeReports : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.CreateTable(
            name: "FakeReports",
            columns: table => new
            {
                Id = table.Column<long>(nullable: false).Annotation("Sqlite:Autoincrement", true),
                ProductId = table.Column<Guid>(nullable: false),
                BatchId = table.Column<Guid>(nullable: true),
                Serial = table.Column<string>(maxLength: 20, nullable: true),
                ReportedAt = table.Column<DateTimeOffset>(nullable: false),
                WhatIsWrong = table.Column<string>(maxLength: 1000, nullable: false),
                WhereBought = table.Column<string>(maxLength: 200, nullable: false),
                Contact = table.Column<string>(maxLength: 200, nullable: true),
                PhotoFileName = table.Column<string>(maxLength: 64, nullable: true),
                NetworkKey = table.Column<string>(maxLength: 32, nullable: false),
            },
            constraints: table =>
            {
                table.PrimaryKey("PK_FakeReports", x => x.Id);
                table.ForeignKey("FK_FakeReports_Products_ProductId", x => x.ProductId, "Products", "Id", onDelete: ReferentialAction.Cascade);
                table.ForeignKey("FK_FakeReports_TraceBatches_BatchId", x => x.BatchId, "TraceBatches", "Id", onDelete: ReferentialAction.SetNull);
            });
        migrationBuilder.CreateIndex("IX_FakeReports_BatchId", "FakeReports", "BatchId");
        migrationBuilder.CreateIndex("IX_FakeReports_ProductId", "FakeReports", "ProductId");
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropTable("FakeReports");
    }
}
