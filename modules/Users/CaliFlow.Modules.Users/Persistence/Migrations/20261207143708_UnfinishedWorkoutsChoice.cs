using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Users.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UnfinishedWorkoutsChoice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "unfinished_workouts",
                schema: "users",
                table: "user_profiles",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Log"); // every existing profile keeps the default choice
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "unfinished_workouts",
                schema: "users",
                table: "user_profiles");
        }
    }
}
