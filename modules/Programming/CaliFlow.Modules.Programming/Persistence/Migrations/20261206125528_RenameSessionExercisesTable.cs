using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CaliFlow.Modules.Programming.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class RenameSessionExercisesTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Renamed in place (constraints included) rather than dropping and re-adding the key, which would rebuild its index
            // and check every row against the foreign key again.
            migrationBuilder.RenameTable(
                name: "session_exercises",
                schema: "programming",
                newName: "workout_session_exercises",
                newSchema: "programming");

            migrationBuilder.RenameIndex(
                name: "ix_session_exercises_session_id",
                schema: "programming",
                table: "workout_session_exercises",
                newName: "ix_workout_session_exercises_session_id");

            migrationBuilder.Sql("""
                ALTER TABLE programming.workout_session_exercises RENAME CONSTRAINT pk_session_exercises TO pk_workout_session_exercises;
                ALTER TABLE programming.workout_session_exercises RENAME CONSTRAINT fk_session_exercises_workout_sessions_session_id
                    TO fk_workout_session_exercises_workout_sessions_session_id;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE programming.workout_session_exercises RENAME CONSTRAINT pk_workout_session_exercises TO pk_session_exercises;
                ALTER TABLE programming.workout_session_exercises RENAME CONSTRAINT fk_workout_session_exercises_workout_sessions_session_id
                    TO fk_session_exercises_workout_sessions_session_id;
                """);

            migrationBuilder.RenameIndex(
                name: "ix_workout_session_exercises_session_id",
                schema: "programming",
                table: "workout_session_exercises",
                newName: "ix_session_exercises_session_id");

            migrationBuilder.RenameTable(
                name: "workout_session_exercises",
                schema: "programming",
                newName: "session_exercises",
                newSchema: "programming");
        }
    }
}
