using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Users.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TimestampTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // created_at/updated_at are kept by the database from now on (they were stamped by the API in SaveChanges).
            migrationBuilder.AddTimestampTriggers(
                "users", "users", "user_profiles", "subscriptions", "refresh_tokens", "account_tokens", "outbox_messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTimestampTriggers(
                "users", "users", "user_profiles", "subscriptions", "refresh_tokens", "account_tokens", "outbox_messages");
        }
    }
}
