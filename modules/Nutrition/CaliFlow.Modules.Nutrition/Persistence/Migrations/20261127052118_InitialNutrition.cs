using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Nutrition.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialNutrition : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "nutrition");

            migrationBuilder.CreateTable(
                name: "dietary_preferences",
                schema: "nutrition",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    diet = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    allergens = table.Column<string>(type: "jsonb", nullable: false),
                    excluded_foods = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dietary_preferences", x => x.user_id);
                });

            migrationBuilder.CreateTable(
                name: "foods",
                schema: "nutrition",
                columns: table => new
                {
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    group = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    diet = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    allergens = table.Column<string>(type: "jsonb", nullable: false),
                    fdc_id = table.Column<int>(type: "integer", nullable: true),
                    energy_kcal = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    protein_g = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    fat_g = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    carbohydrate_g = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    fibre_g = table.Column<decimal>(type: "numeric(6,2)", precision: 6, scale: 2, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_foods", x => x.slug);
                });

            migrationBuilder.CreateTable(
                name: "nutrition_plans",
                schema: "nutrition",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    trigger = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    goal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    age_years = table.Column<int>(type: "integer", nullable: false),
                    height_cm = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    weight_kg = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: false),
                    weight_source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    training_days_per_week = table.Column<int>(type: "integer", nullable: false),
                    daily_activity = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    activity_factor = table.Column<decimal>(type: "numeric(4,2)", precision: 4, scale: 2, nullable: false),
                    bmr_kcal = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    tdee_kcal = table.Column<decimal>(type: "numeric(6,1)", precision: 6, scale: 1, nullable: false),
                    energy_kcal = table.Column<int>(type: "integer", nullable: false),
                    protein_g_per_kg = table.Column<decimal>(type: "numeric(3,1)", precision: 3, scale: 1, nullable: false),
                    protein_g = table.Column<int>(type: "integer", nullable: false),
                    fat_g = table.Column<int>(type: "integer", nullable: false),
                    carbohydrate_g = table.Column<int>(type: "integer", nullable: false),
                    fibre_g = table.Column<int>(type: "integer", nullable: false),
                    water_ml = table.Column<int>(type: "integer", nullable: false),
                    superseded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nutrition_plans", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "nutrition",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "processed_events",
                schema: "nutrition",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_processed_events", x => new { x.event_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "meal_plans",
                schema: "nutrition",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nutrition_plan_id = table.Column<Guid>(type: "uuid", nullable: false),
                    period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    meals_per_day = table.Column<int>(type: "integer", nullable: false),
                    diet = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    allergens = table.Column<string>(type: "jsonb", nullable: false),
                    excluded_foods = table.Column<string>(type: "jsonb", nullable: false),
                    seed = table.Column<int>(type: "integer", nullable: false),
                    target_energy_kcal = table.Column<int>(type: "integer", nullable: false),
                    target_protein_g = table.Column<int>(type: "integer", nullable: false),
                    target_fat_g = table.Column<int>(type: "integer", nullable: false),
                    target_carbohydrate_g = table.Column<int>(type: "integer", nullable: false),
                    days = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_meal_plans", x => x.id);
                    table.ForeignKey(
                        name: "fk_meal_plans_nutrition_plans_nutrition_plan_id",
                        column: x => x.nutrition_plan_id,
                        principalSchema: "nutrition",
                        principalTable: "nutrition_plans",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_foods_name_slug",
                schema: "nutrition",
                table: "foods",
                columns: new[] { "name", "slug" });

            migrationBuilder.CreateIndex(
                name: "ix_meal_plans_nutrition_plan_id",
                schema: "nutrition",
                table: "meal_plans",
                column: "nutrition_plan_id");

            migrationBuilder.CreateIndex(
                name: "ix_meal_plans_user_id_id",
                schema: "nutrition",
                table: "meal_plans",
                columns: new[] { "user_id", "id" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_nutrition_plans_user_id_id",
                schema: "nutrition",
                table: "nutrition_plans",
                columns: new[] { "user_id", "id" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ux_nutrition_plans_active",
                schema: "nutrition",
                table: "nutrition_plans",
                column: "user_id",
                unique: true,
                filter: "superseded_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "nutrition",
                table: "outbox_messages",
                column: "id",
                filter: "processed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dietary_preferences",
                schema: "nutrition");

            migrationBuilder.DropTable(
                name: "foods",
                schema: "nutrition");

            migrationBuilder.DropTable(
                name: "meal_plans",
                schema: "nutrition");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "nutrition");

            migrationBuilder.DropTable(
                name: "processed_events",
                schema: "nutrition");

            migrationBuilder.DropTable(
                name: "nutrition_plans",
                schema: "nutrition");
        }
    }
}
