using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Exercises.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExerciseKindAndAlternativeEquipment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "alternative_equipment",
                schema: "exercises",
                table: "exercises",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "kind",
                schema: "exercises",
                table: "exercises",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Strength");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "alternative_equipment",
                schema: "exercises",
                table: "exercises");

            migrationBuilder.DropColumn(
                name: "kind",
                schema: "exercises",
                table: "exercises");
        }
    }
}
