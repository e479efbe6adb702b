using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Coaching.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TimestampTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // created_at/updated_at are kept by the database from now on (they were stamped by the API in SaveChanges).
            migrationBuilder.AddTimestampTriggers(
                "coaching", "ai_chat_messages", "ai_content_cache", "ai_content_generations", "check_ins", "outbox_messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTimestampTriggers(
                "coaching", "ai_chat_messages", "ai_content_cache", "ai_content_generations", "check_ins", "outbox_messages");
        }
    }
}
