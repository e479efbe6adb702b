using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Users.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SessionAbsoluteLifetime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "family_expires_at",
                schema: "users",
                table: "refresh_tokens",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTimeOffset(new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified), new TimeSpan(0, 0, 0, 0, 0)));

            // Sessions signed in before this change end 90 days (the default Jwt:SessionLifetime) after their first link, and
            // no link of theirs outlives that end.
            migrationBuilder.Sql("""
                UPDATE users.refresh_tokens AS t
                SET family_expires_at = f.started_at + interval '90 days'
                FROM (SELECT family_id, min(created_at) AS started_at FROM users.refresh_tokens GROUP BY family_id) AS f
                WHERE t.family_id = f.family_id;
                UPDATE users.refresh_tokens SET expires_at = family_expires_at WHERE expires_at > family_expires_at;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "family_expires_at",
                schema: "users",
                table: "refresh_tokens");
        }
    }
}
