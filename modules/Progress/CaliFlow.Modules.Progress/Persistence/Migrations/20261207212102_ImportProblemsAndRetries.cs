using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Progress.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ImportProblemsAndRetries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "attempts",
                schema: "progress",
                table: "workout_imports",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "problems",
                schema: "progress",
                table: "workout_imports",
                type: "jsonb",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "retry_at",
                schema: "progress",
                table: "workout_imports",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "attempts",
                schema: "progress",
                table: "workout_imports");

            migrationBuilder.DropColumn(
                name: "problems",
                schema: "progress",
                table: "workout_imports");

            migrationBuilder.DropColumn(
                name: "retry_at",
                schema: "progress",
                table: "workout_imports");
        }
    }
}
