using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Coaching.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCoaching : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "coaching");

            migrationBuilder.CreateTable(
                name: "ai_chat_messages",
                schema: "coaching",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    content = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    reply_to_id = table.Column<Guid>(type: "uuid", nullable: true),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    intent = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    input_tokens = table.Column<int>(type: "integer", nullable: true),
                    output_tokens = table.Column<int>(type: "integer", nullable: true),
                    latency_ms = table.Column<int>(type: "integer", nullable: true),
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ai_chat_messages", x => x.id);
                    table.ForeignKey(
                        name: "fk_ai_chat_messages_ai_chat_messages_reply_to_id",
                        column: x => x.reply_to_id,
                        principalSchema: "coaching",
                        principalTable: "ai_chat_messages",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ai_content_cache",
                schema: "coaching",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    subject = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    model = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    prompt_hash = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    content = table.Column<string>(type: "text", nullable: false),
                    expires_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_ai_content_cache", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "check_ins",
                schema: "coaching",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    date = table.Column<DateOnly>(type: "date", nullable: false),
                    sleep = table.Column<int>(type: "integer", nullable: false),
                    energy = table.Column<int>(type: "integer", nullable: false),
                    soreness = table.Column<int>(type: "integer", nullable: false),
                    stress = table.Column<int>(type: "integer", nullable: false),
                    motivation = table.Column<int>(type: "integer", nullable: false),
                    perceived_difficulty = table.Column<int>(type: "integer", nullable: false),
                    body_weight_kg = table.Column<decimal>(type: "numeric(5,1)", precision: 5, scale: 1, nullable: true),
                    pain = table.Column<string>(type: "jsonb", nullable: false),
                    notes = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    adjustments = table.Column<string>(type: "jsonb", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_check_ins", x => x.id);
                    table.CheckConstraint("ck_check_ins_energy", "energy BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_check_ins_motivation", "motivation BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_check_ins_perceived_difficulty", "perceived_difficulty BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_check_ins_sleep", "sleep BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_check_ins_soreness", "soreness BETWEEN 1 AND 5");
                    table.CheckConstraint("ck_check_ins_stress", "stress BETWEEN 1 AND 5");
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "coaching",
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
                schema: "coaching",
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

            migrationBuilder.CreateIndex(
                name: "ix_ai_chat_messages_reply_to_id",
                schema: "coaching",
                table: "ai_chat_messages",
                column: "reply_to_id");

            migrationBuilder.CreateIndex(
                name: "ix_ai_chat_messages_user_id_created_at",
                schema: "coaching",
                table: "ai_chat_messages",
                columns: new[] { "user_id", "created_at" });

            migrationBuilder.CreateIndex(
                name: "ix_ai_chat_messages_user_id_id",
                schema: "coaching",
                table: "ai_chat_messages",
                columns: new[] { "user_id", "id" },
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_ai_content_cache_expires_at",
                schema: "coaching",
                table: "ai_content_cache",
                column: "expires_at");

            migrationBuilder.CreateIndex(
                name: "ix_ai_content_cache_kind_subject_model_prompt_hash",
                schema: "coaching",
                table: "ai_content_cache",
                columns: new[] { "kind", "subject", "model", "prompt_hash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_ai_content_cache_user_id",
                schema: "coaching",
                table: "ai_content_cache",
                column: "user_id",
                filter: "user_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_check_ins_user_id_date",
                schema: "coaching",
                table: "check_ins",
                columns: new[] { "user_id", "date" },
                unique: true,
                descending: new[] { false, true });

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_pending",
                schema: "coaching",
                table: "outbox_messages",
                column: "id",
                filter: "processed_at IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ai_chat_messages",
                schema: "coaching");

            migrationBuilder.DropTable(
                name: "ai_content_cache",
                schema: "coaching");

            migrationBuilder.DropTable(
                name: "check_ins",
                schema: "coaching");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "coaching");

            migrationBuilder.DropTable(
                name: "processed_events",
                schema: "coaching");
        }
    }
}
