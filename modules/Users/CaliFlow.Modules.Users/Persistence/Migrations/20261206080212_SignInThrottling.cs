using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Users.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SignInThrottling : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "failed_sign_ins",
                schema: "users",
                table: "users");

            migrationBuilder.DropColumn(
                name: "locked_until",
                schema: "users",
                table: "users");

            migrationBuilder.CreateTable(
                name: "sign_in_throttles",
                schema: "users",
                columns: table => new
                {
                    email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: false),
                    client = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    failures = table.Column<int>(type: "integer", nullable: false),
                    last_failed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    blocked_until = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sign_in_throttles", x => new { x.email, x.client });
                });

            migrationBuilder.CreateIndex(
                name: "ix_sign_in_throttles_last_failed_at",
                schema: "users",
                table: "sign_in_throttles",
                column: "last_failed_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sign_in_throttles",
                schema: "users");

            migrationBuilder.AddColumn<int>(
                name: "failed_sign_ins",
                schema: "users",
                table: "users",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "locked_until",
                schema: "users",
                table: "users",
                type: "timestamp with time zone",
                nullable: true);
        }
    }
}
