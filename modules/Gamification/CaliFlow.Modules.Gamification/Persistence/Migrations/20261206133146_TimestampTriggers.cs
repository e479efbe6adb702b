using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Gamification.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TimestampTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // created_at/updated_at are kept by the database from now on (they were stamped by the API in SaveChanges).
            migrationBuilder.AddTimestampTriggers(
                "gamification", "achievements", "user_achievements", "outbox_messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTimestampTriggers(
                "gamification", "achievements", "user_achievements", "outbox_messages");
        }
    }
}
