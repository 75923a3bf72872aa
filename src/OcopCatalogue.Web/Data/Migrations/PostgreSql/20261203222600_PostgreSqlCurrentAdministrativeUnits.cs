using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OcopCatalogue.Web.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class PostgreSqlCurrentAdministrativeUnits : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CurrentCommuneOrWard",
                table: "SalesPoints",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "CurrentProvince",
                table: "SalesPoints",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "OriginCurrentCommuneOrWard",
                table: "Products",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "OriginCurrentProvince",
                table: "Products",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "CurrentCommuneOrWard",
                table: "Producers",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                collation: "C");

            migrationBuilder.AddColumn<string>(
                name: "CurrentProvince",
                table: "Producers",
                type: "character varying(120)",
                maxLength: 120,
                nullable: true,
                collation: "C");

            migrationBuilder.CreateTable(
                name: "LocalityMappings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PublishedProvince = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false, collation: "C"),
                    PublishedDistrict = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true, collation: "C"),
                    PublishedCommuneOrWard = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true, collation: "C"),
                    CurrentCommuneOrWard = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true, collation: "C"),
                    CurrentProvince = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true, collation: "C"),
                    ProvinceResolution = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    ProvinceResolutionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CommuneResolution = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true, collation: "C"),
                    CommuneResolutionDate = table.Column<DateOnly>(type: "date", nullable: true),
                    VerifiedAt = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C"),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true, collation: "C")
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LocalityMappings", x => x.Id);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "LocalityMappings");

            migrationBuilder.DropColumn(
                name: "CurrentCommuneOrWard",
                table: "SalesPoints");

            migrationBuilder.DropColumn(
                name: "CurrentProvince",
                table: "SalesPoints");

            migrationBuilder.DropColumn(
                name: "OriginCurrentCommuneOrWard",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "OriginCurrentProvince",
                table: "Products");

            migrationBuilder.DropColumn(
                name: "CurrentCommuneOrWard",
                table: "Producers");

            migrationBuilder.DropColumn(
                name: "CurrentProvince",
                table: "Producers");
        }
    }
}
