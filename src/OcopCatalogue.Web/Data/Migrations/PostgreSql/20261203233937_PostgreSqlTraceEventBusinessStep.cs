using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlTraceEventBusinessStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {

        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {

        }
    }
}
