using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace OcopCatalogue.Web.Data.Migrations;

/// <summary>
/// Certificates recorded in the back office say what the decision did (new rating, renewal, upgrade, downgrade,
/// revocation) and may point to the scan of the signed decision. Both null for the records imported so far.
/// </summary>
[DbContext(typeof(OcopDbContext))]
[Migration("20270105000000_CertificateEvents")]
public sealed class CertificateEvents : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.AddColumn<string>(name: "Kind", table: "Certificates", maxLength: 40, nullable: true);
        migrationBuilder.AddColumn<string>(name: "DecisionScan", table: "Certificates", maxLength: 100, nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        ArgumentNullException.ThrowIfNull(migrationBuilder);
        migrationBuilder.DropColumn(name: "DecisionScan", table: "Certificates");
        migrationBuilder.DropColumn(name: "Kind", table: "Certificates");
    }
}
