using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Users.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ProfileDailyActivity : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "daily_activity",
                schema: "users",
                table: "user_profiles",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Sedentary"); // existing profiles: the least active, the cautious estimate
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "daily_activity",
                schema: "users",
                table: "user_profiles");
        }
    }
}
