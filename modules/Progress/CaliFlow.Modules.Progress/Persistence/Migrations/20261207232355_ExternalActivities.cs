using System;
using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Progress.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ExternalActivities : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "started_at",
                schema: "progress",
                table: "workout_logs",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "sessions",
                schema: "progress",
                table: "training_stats",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            // Logs finished from a live workout share its id: they began when it did.
            migrationBuilder.Sql(
                "UPDATE progress.workout_logs l SET started_at = w.started_at FROM progress.live_workouts w " +
                "WHERE w.id = l.id AND w.user_id = l.user_id AND l.started_at IS NULL;");

            // Rows folded before sessions were counted would show every week empty: each is built again at its next read.
            migrationBuilder.Sql("DELETE FROM progress.training_stats;");

            migrationBuilder.CreateTable(
                name: "external_activities",
                schema: "progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    source_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ended_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    performed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    matched_log_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_external_activities", x => x.id);
                    table.ForeignKey(
                        name: "fk_external_activities_workout_logs_matched_log_id",
                        column: x => x.matched_log_id,
                        principalSchema: "progress",
                        principalTable: "workout_logs",
                        principalColumn: "id");
                });

            migrationBuilder.CreateIndex(
                name: "ix_external_activities_matched_log_id",
                schema: "progress",
                table: "external_activities",
                column: "matched_log_id");

            migrationBuilder.CreateIndex(
                name: "ix_external_activities_user_id_source_source_id",
                schema: "progress",
                table: "external_activities",
                columns: new[] { "user_id", "source", "source_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_external_activities_user_id_started_at",
                schema: "progress",
                table: "external_activities",
                columns: new[] { "user_id", "started_at" });

            migrationBuilder.AddTimestampTriggers("progress", "external_activities");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "external_activities",
                schema: "progress");

            migrationBuilder.DropColumn(
                name: "started_at",
                schema: "progress",
                table: "workout_logs");

            migrationBuilder.DropColumn(
                name: "sessions",
                schema: "progress",
                table: "training_stats");
        }
    }
}
