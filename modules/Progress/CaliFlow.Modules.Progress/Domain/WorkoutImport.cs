using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Progress.Domain;

/// <summary>The app a history file came from; also the <see cref="WorkoutLog.Source"/> of the workouts it brought.</summary>
internal enum ImportFormat
{
    Califlow,
    Strong,
    Hevy,
    Fitnotes,
}

internal enum ImportStatus
{
    /// <summary>Read and matched: what a commit would create is known, nothing is written yet.</summary>
    Previewed,

    /// <summary>Committed by the user; its workouts are being written in the background.</summary>
    Committing,

    Completed,

    /// <summary>Writing failed time after time (not the file's data, which is checked workout by workout); nothing more is tried.</summary>
    Failed,
}

/// <summary>
/// An uploaded history file, read once at upload: its summary (the dry run's answer) and its workouts wait here, one row each
/// (<see cref="ImportedWorkout"/>), until the user commits with their choices for the names that matched no exercise.
/// </summary>
internal sealed class WorkoutImport : IHasTimestamps
{
    private WorkoutImport()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public ImportFormat Format { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>What the file's weights were in ("kg" or "lb"); every weight is stored in kilograms.</summary>
    public string WeightUnit { get; private set; } = "kg";

    public ImportStatus Status { get; private set; }

    /// <summary>The dry run: exercise names and their matches, counts, skipped rows (JSONB).</summary>
    public ImportSummary Summary { get; private set; } = null!;

    /// <summary>The exercise each name found in the file is written as, once committed; names left out are skipped (JSONB).</summary>
    public Dictionary<string, Guid> ExerciseChoices { get; private set; } = [];

    public int TotalWorkouts { get; private set; }

    public int ProcessedWorkouts { get; private set; }

    public int CreatedWorkouts { get; private set; }

    /// <summary>Workouts the commit did not write, with the reason (the first <see cref="ProblemsKept"/>; JSONB).</summary>
    public List<ImportProblem> Problems { get; private set; } = [];

    /// <summary>Batches that failed to write; after <see cref="MaxAttempts"/> the import is <see cref="ImportStatus.Failed"/>.</summary>
    public int Attempts { get; private set; }

    /// <summary>When a batch that failed is tried again: until then the writer passes this import by for the others.</summary>
    public DateTimeOffset? RetryAt { get; private set; }

    public DateTimeOffset? CommittedAt { get; private set; }

    public DateTimeOffset? CompletedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WorkoutImport Create(Guid userId, ImportFormat format, string? fileName, string weightUnit, ImportSummary summary, int totalWorkouts) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Format = format,
        FileName = fileName,
        WeightUnit = weightUnit,
        Status = ImportStatus.Previewed,
        Summary = summary,
        TotalWorkouts = totalWorkouts,
    };

    public void Commit(Dictionary<string, Guid> exerciseChoices, DateTimeOffset now)
    {
        ExerciseChoices = exerciseChoices;
        Status = ImportStatus.Committing;
        CommittedAt = now;
    }

    public const int MaxAttempts = 5;
    public const int ProblemsKept = 20;

    public void AddProblem(DateOnly performedOn, string reason)
    {
        if (Problems.Count < ProblemsKept)
        {
            Problems = [.. Problems, new ImportProblem(performedOn, reason)];
        }
    }

    /// <summary>A batch failed: try again after a growing wait, or give up after <see cref="MaxAttempts"/>.</summary>
    /// <summary>
    /// The exercises the user chose to make are not made yet (they come through the outbox): look again in a few seconds, and
    /// meanwhile the imports behind this one go on.
    /// </summary>
    public void WaitForExercises(DateTimeOffset now) => RetryAt = now + TimeSpan.FromSeconds(5);

    public void FailBatch(DateTimeOffset now)
    {
        Attempts++;
        if (Attempts >= MaxAttempts)
        {
            Status = ImportStatus.Failed;
            RetryAt = null;
        }
        else
        {
            RetryAt = now + TimeSpan.FromSeconds(30 * Math.Pow(2, Attempts - 1));
        }
    }

    /// <summary>A batch was written: its progress counts, and the failures before it are forgiven.</summary>
    public void Advance(int processed, int created, DateTimeOffset now)
    {
        Attempts = 0;
        RetryAt = null;
        ProcessedWorkouts += processed;
        CreatedWorkouts += created;
        if (ProcessedWorkouts >= TotalWorkouts)
        {
            Status = ImportStatus.Completed;
            CompletedAt = now;
        }
    }
}

/// <summary>One workout read from an import's file, waiting to be written: <see cref="Ordinal"/> orders the background work.</summary>
internal sealed class ImportedWorkout
{
    private ImportedWorkout()
    {
    }

    public Guid ImportId { get; private set; }

    public int Ordinal { get; private set; }

    public ParsedWorkout Workout { get; private set; } = null!;

    public static ImportedWorkout Create(Guid importId, int ordinal, ParsedWorkout workout) =>
        new() { ImportId = importId, Ordinal = ordinal, Workout = workout };
}

/// <summary>A workout as a file describes it, weights already in kilograms, exercises still by the file's names.</summary>
/// <param name="SourceId">What identifies the workout in its app (its id, or its start and title): a second import skips it.</param>
internal sealed record ParsedWorkout(
    string SourceId, DateOnly PerformedOn, int? DurationMinutes, Feeling? Feeling, decimal? BodyWeightKg, string? Notes, List<ParsedExercise> Exercises);

internal sealed record ParsedExercise(string Name, List<ParsedSet> Sets);

/// <summary>A set in CaliFlow's terms: an assisted exercise's weight (or a negative weight) is the assistance, any other the added load.</summary>
/// <param name="Line">Where it was in the file.</param>
internal sealed record ParsedSet(int Line, int? Reps, int? Seconds, decimal? Rpe, decimal? AddedWeightKg, decimal? AssistanceKg);

/// <summary>What a commit would do, as the dry run answers it.</summary>
internal sealed record ImportSummary(
    int Workouts,
    int AlreadyImported,
    int Sets,
    DateOnly? From,
    DateOnly? To,
    List<ExerciseMatch> Exercises,
    int SkippedRowCount,
    List<SkippedRow> SkippedRows);

/// <param name="Match">exact, fuzzy or unmatched.</param>
/// <param name="Confidence">1 for an exact match; the similarity (0-1) for a fuzzy one.</param>
internal sealed record ExerciseMatch(
    string Name, int Sets, string Match, ExerciseChoice? Exercise, decimal? Confidence, List<ExerciseChoice> Suggestions);

internal sealed record ExerciseChoice(Guid Id, string Slug, string Name, decimal? Confidence = null);

/// <summary>A workout of the file the commit did not write, and why (a rule a logged workout must keep).</summary>
internal sealed record ImportProblem(DateOnly PerformedOn, string Reason);

/// <param name="Line">The file's line (the header is line 1).</param>
internal sealed record SkippedRow(int Line, string Reason);
