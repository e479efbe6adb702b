using System;
using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Progress.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class LiveWorkouts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "live_workouts",
                schema: "progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    performed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_live_workouts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "live_sets",
                schema: "progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    live_workout_id = table.Column<Guid>(type: "uuid", nullable: false),
                    exercise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    performed_added_weight_kg = table.Column<decimal>(type: "numeric", nullable: true),
                    performed_assistance_kg = table.Column<decimal>(type: "numeric", nullable: true),
                    performed_hold_seconds = table.Column<int>(type: "integer", nullable: true),
                    performed_reps = table.Column<int>(type: "integer", nullable: true),
                    performed_rpe = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_live_sets", x => x.id);
                    table.ForeignKey(
                        name: "fk_live_sets_live_workouts_live_workout_id",
                        column: x => x.live_workout_id,
                        principalSchema: "progress",
                        principalTable: "live_workouts",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_live_sets_live_workout_id",
                schema: "progress",
                table: "live_sets",
                column: "live_workout_id");

            migrationBuilder.CreateIndex(
                name: "ix_live_workouts_one_open_per_user",
                schema: "progress",
                table: "live_workouts",
                column: "user_id",
                unique: true,
                filter: "finished_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_live_workouts_user_id_started_at",
                schema: "progress",
                table: "live_workouts",
                columns: new[] { "user_id", "started_at" });

            migrationBuilder.AddTimestampTriggers("progress", "live_workouts", "live_sets");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTimestampTriggers("progress", "live_workouts", "live_sets");

            migrationBuilder.DropTable(
                name: "live_sets",
                schema: "progress");

            migrationBuilder.DropTable(
                name: "live_workouts",
                schema: "progress");
        }
    }
}
