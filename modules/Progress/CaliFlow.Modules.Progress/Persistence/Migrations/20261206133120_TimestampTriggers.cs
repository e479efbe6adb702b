using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Progress.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TimestampTriggers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // created_at/updated_at are kept by the database from now on (they were stamped by the API in SaveChanges).
            migrationBuilder.AddTimestampTriggers(
                "progress", "workout_logs", "exercise_logs", "progress_metrics", "progress_photos", "training_stats", "variation_changes", "outbox_messages");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTimestampTriggers(
                "progress", "workout_logs", "exercise_logs", "progress_metrics", "progress_photos", "training_stats", "variation_changes", "outbox_messages");
        }
    }
}
