using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Nutrition.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TimestampTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // created_at/updated_at are kept by the database from now on (they were stamped by the API in SaveChanges).
            migrationBuilder.AddTimestampTriggers(
                "nutrition", "nutrition_plans", "foods", "meal_plans", "dietary_preferences", "outbox_messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTimestampTriggers(
                "nutrition", "nutrition_plans", "foods", "meal_plans", "dietary_preferences", "outbox_messages");
        }
    }
}
