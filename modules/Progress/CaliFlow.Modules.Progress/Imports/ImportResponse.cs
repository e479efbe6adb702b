using CaliFlow.Modules.Progress.Domain;

namespace CaliFlow.Modules.Progress.Imports;

/// <summary>An import: the dry run's findings and, once committed, how far the background writing has got.</summary>
/// <param name="Workouts">Workouts found in the file.</param>
/// <param name="AlreadyImported">Of those, the ones an earlier import (or this account's own logs) already hold: a commit skips them.</param>
/// <param name="Exercises">Each exercise name of the file with its match: exact, fuzzy (with a confidence) or unmatched (with suggestions).</param>
/// <param name="SkippedRows">The first 100 rows left out, with the reason; <paramref name="SkippedRowCount"/> counts them all.</param>
/// <param name="Problems">Workouts the commit did not write, with the reason (the first 20): a rule every logged workout keeps.</param>
internal sealed record ImportResponse(
    Guid Id,
    ImportStatus Status,
    ImportFormat Format,
    string? FileName,
    string WeightUnit,
    int Workouts,
    int AlreadyImported,
    int Sets,
    DateOnly? From,
    DateOnly? To,
    IReadOnlyList<ExerciseMatch> Exercises,
    int SkippedRowCount,
    IReadOnlyList<SkippedRow> SkippedRows,
    ImportProgress Progress,
    IReadOnlyList<ImportProblem> Problems,
    DateTimeOffset CreatedAt,
    DateTimeOffset? CommittedAt,
    DateTimeOffset? CompletedAt)
{
    public static ImportResponse Of(WorkoutImport import) => new(
        import.Id, import.Status, import.Format, import.FileName, import.WeightUnit, import.Summary.Workouts, import.Summary.AlreadyImported,
        import.Summary.Sets, import.Summary.From, import.Summary.To, import.Summary.Exercises, import.Summary.SkippedRowCount,
        import.Summary.SkippedRows, new ImportProgress(import.TotalWorkouts, import.ProcessedWorkouts, import.CreatedWorkouts),
        import.Problems, import.CreatedAt, import.CommittedAt, import.CompletedAt);
}

/// <param name="Total">Workouts the commit goes through.</param>
/// <param name="Processed">Gone through so far.</param>
/// <param name="Created">Of those, written as new workout logs (the rest were already there or no longer valid).</param>
internal sealed record ImportProgress(int Total, int Processed, int Created);
