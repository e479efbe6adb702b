using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Progress.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialProgress : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "progress");

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "progress",
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
                schema: "progress",
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
                name: "progress_metrics",
                schema: "progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "date", nullable: false),
                    data = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progress_metrics", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workout_logs",
                schema: "progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: true),
                    performed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: true),
                    feeling = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    body_weight_kg = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_workout_logs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "exercise_logs",
                schema: "progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    workout_log_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    exercise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pattern = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    bodyweight_fraction = table.Column<decimal>(type: "numeric(4,3)", precision: 4, scale: 3, nullable: false),
                    sets = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exercise_logs", x => x.id);
                    table.ForeignKey(
                        name: "fk_exercise_logs_workout_logs_workout_log_id",
                        column: x => x.workout_log_id,
                        principalSchema: "progress",
                        principalTable: "workout_logs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "variation_changes",
                schema: "progress",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    pattern = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    from_exercise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_exercise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    change = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    workout_log_id = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_variation_changes", x => x.id);
                    table.ForeignKey(
                        name: "fk_variation_changes_workout_logs_workout_log_id",
                        column: x => x.workout_log_id,
                        principalSchema: "progress",
                        principalTable: "workout_logs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_exercise_logs_exercise_id",
                schema: "progress",
                table: "exercise_logs",
                column: "exercise_id");

            migrationBuilder.CreateIndex(
                name: "ix_exercise_logs_workout_log_id",
                schema: "progress",
                table: "exercise_logs",
                column: "workout_log_id");

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "progress",
                table: "outbox_messages",
                column: "id",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_progress_metrics_user_id_type_recorded_on",
                schema: "progress",
                table: "progress_metrics",
                columns: new[] { "user_id", "type", "recorded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_progress_metrics_user_id_updated_at_id",
                schema: "progress",
                table: "progress_metrics",
                columns: new[] { "user_id", "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_variation_changes_user_id_from_exercise_id",
                schema: "progress",
                table: "variation_changes",
                columns: new[] { "user_id", "from_exercise_id" });

            migrationBuilder.CreateIndex(
                name: "ix_variation_changes_user_id_pattern_created_at",
                schema: "progress",
                table: "variation_changes",
                columns: new[] { "user_id", "pattern", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_variation_changes_workout_log_id",
                schema: "progress",
                table: "variation_changes",
                column: "workout_log_id");

            migrationBuilder.CreateIndex(
                name: "ix_workout_logs_session_id",
                schema: "progress",
                table: "workout_logs",
                column: "session_id");

            migrationBuilder.CreateIndex(
                name: "ix_workout_logs_user_id_performed_on_id",
                schema: "progress",
                table: "workout_logs",
                columns: new[] { "user_id", "performed_on", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_workout_logs_user_id_updated_at_id",
                schema: "progress",
                table: "workout_logs",
                columns: new[] { "user_id", "updated_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "exercise_logs",
                schema: "progress");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "progress");

            migrationBuilder.DropTable(
                name: "processed_events",
                schema: "progress");

            migrationBuilder.DropTable(
                name: "progress_metrics",
                schema: "progress");

            migrationBuilder.DropTable(
                name: "variation_changes",
                schema: "progress");

            migrationBuilder.DropTable(
                name: "workout_logs",
                schema: "progress");
        }
    }
}
