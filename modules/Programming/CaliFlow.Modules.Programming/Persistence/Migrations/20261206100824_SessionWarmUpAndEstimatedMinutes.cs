using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Programming.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SessionWarmUpAndEstimatedMinutes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "estimated_minutes",
                schema: "programming",
                table: "workout_sessions",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "warm_up",
                schema: "programming",
                table: "workout_sessions",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "estimated_minutes",
                schema: "programming",
                table: "workout_sessions");

            migrationBuilder.DropColumn(
                name: "warm_up",
                schema: "programming",
                table: "workout_sessions");
        }
    }
}
