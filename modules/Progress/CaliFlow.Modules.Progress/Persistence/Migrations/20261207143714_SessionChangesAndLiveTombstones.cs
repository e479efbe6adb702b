using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Progress.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SessionChangesAndLiveTombstones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_live_workouts_one_open_per_user",
                schema: "progress",
                table: "live_workouts");

            migrationBuilder.AddColumn<string>(
                name: "changes",
                schema: "progress",
                table: "workout_logs",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // no change yet: an empty list, which a constant default adds without rewriting the table

            migrationBuilder.AddColumn<string>(
                name: "changes",
                schema: "progress",
                table: "live_workouts",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]"); // no change yet: an empty list, which a constant default adds without rewriting the table

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                schema: "progress",
                table: "live_workouts",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_live_workouts_one_open_per_user",
                schema: "progress",
                table: "live_workouts",
                column: "user_id",
                unique: true,
                filter: "finished_at IS NULL AND deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_live_workouts_open_by_start",
                schema: "progress",
                table: "live_workouts",
                column: "started_at",
                filter: "finished_at IS NULL AND deleted_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_live_workouts_user_id_updated_at_id",
                schema: "progress",
                table: "live_workouts",
                columns: new[] { "user_id", "updated_at", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_live_workouts_one_open_per_user",
                schema: "progress",
                table: "live_workouts");

            migrationBuilder.DropIndex(
                name: "ix_live_workouts_open_by_start",
                schema: "progress",
                table: "live_workouts");

            migrationBuilder.DropIndex(
                name: "ix_live_workouts_user_id_updated_at_id",
                schema: "progress",
                table: "live_workouts");

            migrationBuilder.DropColumn(
                name: "changes",
                schema: "progress",
                table: "workout_logs");

            migrationBuilder.DropColumn(
                name: "changes",
                schema: "progress",
                table: "live_workouts");

            migrationBuilder.DropColumn(
                name: "deleted_at",
                schema: "progress",
                table: "live_workouts");

            migrationBuilder.CreateIndex(
                name: "ix_live_workouts_one_open_per_user",
                schema: "progress",
                table: "live_workouts",
                column: "user_id",
                unique: true,
                filter: "finished_at IS NULL");
        }
    }
}
