using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Nutrition.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MealPortionsAndProteinReference : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "protein_g_per_kg",
                schema: "nutrition",
                table: "nutrition_plans",
                type: "numeric(4,2)",
                precision: 4,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(3,1)",
                oldPrecision: 3,
                oldScale: 1);

            migrationBuilder.AddColumn<decimal>(
                name: "protein_reference_weight_kg",
                schema: "nutrition",
                table: "nutrition_plans",
                type: "numeric(5,1)",
                precision: 5,
                scale: 1,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<int>(
                name: "target_fibre_g",
                schema: "nutrition",
                table: "meal_plans",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<bool>(
                name: "cook_before_eating",
                schema: "nutrition",
                table: "foods",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "max_portion_g",
                schema: "nutrition",
                table: "foods",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "min_portion_g",
                schema: "nutrition",
                table: "foods",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Targets computed so far dosed protein on the body weight; where the 40 %-of-energy cap cut the grams, their label
            // kept the goal's g/kg, so it now gives the grams per kg. Meal plans are measured on the fibre of their targets.
            // (Portions and cookBeforeEating come with the food table's next seeding, at start-up.)
            migrationBuilder.Sql("""
                UPDATE nutrition.nutrition_plans SET protein_reference_weight_kg = weight_kg;
                UPDATE nutrition.nutrition_plans SET protein_g_per_kg = round(protein_g / weight_kg, 2)
                WHERE protein_g < round(protein_g_per_kg * weight_kg);
                UPDATE nutrition.meal_plans AS m SET target_fibre_g = p.fibre_g
                FROM nutrition.nutrition_plans AS p WHERE p.id = m.nutrition_plan_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "protein_reference_weight_kg",
                schema: "nutrition",
                table: "nutrition_plans");

            migrationBuilder.DropColumn(
                name: "target_fibre_g",
                schema: "nutrition",
                table: "meal_plans");

            migrationBuilder.DropColumn(
                name: "cook_before_eating",
                schema: "nutrition",
                table: "foods");

            migrationBuilder.DropColumn(
                name: "max_portion_g",
                schema: "nutrition",
                table: "foods");

            migrationBuilder.DropColumn(
                name: "min_portion_g",
                schema: "nutrition",
                table: "foods");

            migrationBuilder.AlterColumn<decimal>(
                name: "protein_g_per_kg",
                schema: "nutrition",
                table: "nutrition_plans",
                type: "numeric(3,1)",
                precision: 3,
                scale: 1,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(4,2)",
                oldPrecision: 4,
                oldScale: 2);
        }
    }
}
