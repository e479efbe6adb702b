using System;
using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Progress.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class WorkoutImports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source",
                schema: "progress",
                table: "workout_logs",
                type: "character varying(20)",
                maxLength: 20,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "source_id",
                schema: "progress",
                table: "workout_logs",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "workout_imports",
                schema: "progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    format = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    file_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    weight_unit = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    summary = table.Column<string>(type: "jsonb", nullable: false),
                    exercise_choices = table.Column<string>(type: "jsonb", nullable: false),
                    total_workouts = table.Column<int>(type: "integer", nullable: false),
                    processed_workouts = table.Column<int>(type: "integer", nullable: false),
                    created_workouts = table.Column<int>(type: "integer", nullable: false),
                    committed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workout_imports", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "imported_workouts",
                schema: "progress",
                columns: table => new
                {
                    import_id = table.Column<Guid>(type: "uuid", nullable: false),
                    ordinal = table.Column<int>(type: "integer", nullable: false),
                    workout = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_imported_workouts", x => new { x.import_id, x.ordinal });
                    table.ForeignKey(
                        name: "fk_imported_workouts_workout_imports_import_id",
                        column: x => x.import_id,
                        principalSchema: "progress",
                        principalTable: "workout_imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_workout_logs_user_id_source_source_id",
                schema: "progress",
                table: "workout_logs",
                columns: new[] { "user_id", "source", "source_id" },
                unique: true,
                filter: "source IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_workout_imports_committed_at",
                schema: "progress",
                table: "workout_imports",
                column: "committed_at",
                filter: "status = 'Committing'");

            migrationBuilder.CreateIndex(
                name: "ix_workout_imports_user_id",
                schema: "progress",
                table: "workout_imports",
                column: "user_id");

            migrationBuilder.AddTimestampTriggers("progress", "workout_imports");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "imported_workouts",
                schema: "progress");

            migrationBuilder.DropTable(
                name: "workout_imports",
                schema: "progress");

            migrationBuilder.DropIndex(
                name: "ix_workout_logs_user_id_source_source_id",
                schema: "progress",
                table: "workout_logs");

            migrationBuilder.DropColumn(
                name: "source",
                schema: "progress",
                table: "workout_logs");

            migrationBuilder.DropColumn(
                name: "source_id",
                schema: "progress",
                table: "workout_logs");
        }
    }
}
