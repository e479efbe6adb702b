using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Coaching.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CoachRequestTimes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ai_content_generations_user_id_created_at",
                schema: "coaching",
                table: "ai_content_generations");

            migrationBuilder.DropIndex(
                name: "ix_ai_chat_messages_user_id_created_at",
                schema: "coaching",
                table: "ai_chat_messages");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "requested_at",
                schema: "coaching",
                table: "ai_content_generations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "requested_at",
                schema: "coaching",
                table: "ai_chat_messages",
                type: "timestamp with time zone",
                nullable: true);

            // Until now created_at was stamped from the API's clock when the request was stored: it is the request time.
            migrationBuilder.Sql("""
                UPDATE coaching.ai_content_generations SET requested_at = created_at;
                ALTER TABLE coaching.ai_content_generations ALTER COLUMN requested_at SET NOT NULL;
                UPDATE coaching.ai_chat_messages SET requested_at = created_at WHERE role = 'User';
                """);

            migrationBuilder.CreateIndex(
                name: "ix_ai_content_generations_user_id_requested_at",
                schema: "coaching",
                table: "ai_content_generations",
                columns: new[] { "user_id", "requested_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ai_chat_messages_user_id_requested_at",
                schema: "coaching",
                table: "ai_chat_messages",
                columns: new[] { "user_id", "requested_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_ai_content_generations_user_id_requested_at",
                schema: "coaching",
                table: "ai_content_generations");

            migrationBuilder.DropIndex(
                name: "ix_ai_chat_messages_user_id_requested_at",
                schema: "coaching",
                table: "ai_chat_messages");

            migrationBuilder.DropColumn(
                name: "requested_at",
                schema: "coaching",
                table: "ai_content_generations");

            migrationBuilder.DropColumn(
                name: "requested_at",
                schema: "coaching",
                table: "ai_chat_messages");

            migrationBuilder.CreateIndex(
                name: "ix_ai_content_generations_user_id_created_at",
                schema: "coaching",
                table: "ai_content_generations",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ai_chat_messages_user_id_created_at",
                schema: "coaching",
                table: "ai_chat_messages",
                columns: new[] { "user_id", "created_at" });
        }
    }
}
