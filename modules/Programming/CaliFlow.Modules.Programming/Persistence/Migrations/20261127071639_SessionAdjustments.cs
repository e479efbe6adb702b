using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Programming.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SessionAdjustments : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "adjustments",
                schema: "programming",
                table: "workout_sessions",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // existing sessions have no adjustments
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "adjustments",
                schema: "programming",
                table: "workout_sessions");
        }
    }
}
