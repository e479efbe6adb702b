using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Exercises.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialExercises : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "exercises");

            migrationBuilder.CreateTable(
                name: "library_seeds",
                schema: "exercises",
                columns: table => new
                {
                    version = table.Column<int>(type: "integer", nullable: false),
                    content_hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_seeds", x => x.version);
                });

            migrationBuilder.CreateTable(
                name: "library_state",
                schema: "exercises",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    revision = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_library_state", x => x.id);
                    table.CheckConstraint("ck_library_state_single_row", "id = 1");
                });

            migrationBuilder.CreateTable(
                name: "movement_patterns",
                schema: "exercises",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_movement_patterns", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "exercises",
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
                schema: "exercises",
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
                name: "exercises",
                schema: "exercises",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    pattern_id = table.Column<Guid>(type: "uuid", nullable: false),
                    difficulty = table.Column<int>(type: "integer", nullable: false),
                    equipment = table.Column<string>(type: "jsonb", nullable: false),
                    primary_muscles = table.Column<string>(type: "jsonb", nullable: false),
                    secondary_muscles = table.Column<string>(type: "jsonb", nullable: false),
                    unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    per_side = table.Column<bool>(type: "boolean", nullable: false),
                    bodyweight_fraction = table.Column<decimal>(type: "numeric(4,3)", precision: 4, scale: 3, nullable: false),
                    instructions = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    cues = table.Column<string>(type: "jsonb", nullable: false),
                    common_mistakes = table.Column<string>(type: "jsonb", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_exercises", x => x.id);
                    table.CheckConstraint("ck_exercises_bodyweight_fraction", "bodyweight_fraction BETWEEN 0 AND 1.2");
                    table.CheckConstraint("ck_exercises_difficulty", "difficulty BETWEEN 1 AND 10");
                    table.ForeignKey(
                        name: "fk_exercises_patterns_pattern_id",
                        column: x => x.pattern_id,
                        principalSchema: "exercises",
                        principalTable: "movement_patterns",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "progressions",
                schema: "exercises",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    from_exercise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    to_exercise_id = table.Column<Guid>(type: "uuid", nullable: false),
                    rule = table.Column<string>(type: "jsonb", nullable: false),
                    retired_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_progressions", x => x.id);
                    table.CheckConstraint("ck_progressions_not_self", "from_exercise_id <> to_exercise_id");
                    table.ForeignKey(
                        name: "fk_progressions_exercises_from_exercise_id",
                        column: x => x.from_exercise_id,
                        principalSchema: "exercises",
                        principalTable: "exercises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_progressions_exercises_to_exercise_id",
                        column: x => x.to_exercise_id,
                        principalSchema: "exercises",
                        principalTable: "exercises",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                schema: "exercises",
                table: "library_state",
                columns: new[] { "id", "revision" },
                values: new object[] { 1, new Guid("00000000-0000-0000-0000-000000000000") });

            migrationBuilder.CreateIndex(
                name: "ix_exercises_name",
                schema: "exercises",
                table: "exercises",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_exercises_pattern_id",
                schema: "exercises",
                table: "exercises",
                column: "pattern_id");

            migrationBuilder.CreateIndex(
                name: "ix_exercises_slug",
                schema: "exercises",
                table: "exercises",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_movement_patterns_slug",
                schema: "exercises",
                table: "movement_patterns",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "exercises",
                table: "outbox_messages",
                column: "id",
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_progressions_from_exercise_id_to_exercise_id",
                schema: "exercises",
                table: "progressions",
                columns: new[] { "from_exercise_id", "to_exercise_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_progressions_to_exercise_id",
                schema: "exercises",
                table: "progressions",
                column: "to_exercise_id");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "library_seeds",
                schema: "exercises");

            migrationBuilder.DropTable(
                name: "library_state",
                schema: "exercises");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "exercises");

            migrationBuilder.DropTable(
                name: "processed_events",
                schema: "exercises");

            migrationBuilder.DropTable(
                name: "progressions",
                schema: "exercises");

            migrationBuilder.DropTable(
                name: "exercises",
                schema: "exercises");

            migrationBuilder.DropTable(
                name: "movement_patterns",
                schema: "exercises");
        }
    }
}
