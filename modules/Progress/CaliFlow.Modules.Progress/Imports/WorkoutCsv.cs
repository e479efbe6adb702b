namespace CaliFlow.Modules.Progress.Imports;

/// <summary>
/// CaliFlow's own CSV: one row per set, the workout's and the exercise's fields repeated on each. <c>GET /exports/workouts.csv</c>
/// writes it and <c>POST /imports</c> reads it, so an export imports back to the same workouts.
/// </summary>
internal static class WorkoutCsv
{
    public const string WorkoutId = "workout_id";
    public const string PerformedOn = "performed_on";
    public const string DurationMinutes = "duration_minutes";
    public const string Feeling = "feeling";
    public const string BodyWeightKg = "body_weight_kg";
    public const string WorkoutNotes = "workout_notes";
    public const string ExerciseOrder = "exercise_order";
    public const string Exercise = "exercise";
    public const string ExerciseName = "exercise_name";
    public const string Set = "set";
    public const string Reps = "reps";
    public const string HoldSeconds = "hold_seconds";
    public const string Rpe = "rpe";
    public const string AddedWeightKg = "added_weight_kg";
    public const string AssistanceKg = "assistance_kg";

    public static readonly string[] Columns =
    [
        WorkoutId, PerformedOn, DurationMinutes, Feeling, BodyWeightKg, WorkoutNotes, ExerciseOrder, Exercise, ExerciseName, Set, Reps,
        HoldSeconds, Rpe, AddedWeightKg, AssistanceKg,
    ];
}
