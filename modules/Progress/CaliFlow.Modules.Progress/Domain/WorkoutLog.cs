using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Progress.Domain;

/// <summary>How the workout felt to the user, 1 (awful) to 5 (great).</summary>
internal enum Feeling
{
    Awful = 1,
    Bad = 2,
    Okay = 3,
    Good = 4,
    Great = 5,
}

/// <summary>
/// One workout as done, against a planned session or not. The id comes from the client (UUIDv7 made offline), which makes
/// a retried upload recognisable: same id and same content is the same log.
/// </summary>
internal sealed class WorkoutLog : IHasTimestamps, ISoftDeletable
{
    private WorkoutLog()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The Programming session it was done against, if any (refers across modules by id).</summary>
    public Guid? SessionId { get; private set; }

    /// <summary>The user's local date of the workout.</summary>
    public DateOnly PerformedOn { get; private set; }

    /// <summary>When the workout began, if the client said (a live workout always does): it places the session in time, for
    /// matching an activity another app recorded of the same session, and for the health platforms' shapes.</summary>
    public DateTimeOffset? StartedAt { get; private set; }

    public int? DurationMinutes { get; private set; }

    public Feeling? Feeling { get; private set; }

    public string? Notes { get; private set; }

    /// <summary>Body weight when the workout was done (from the request or the profile), for effective loads; null when unknown.</summary>
    public decimal? BodyWeightKg { get; private set; }

    /// <summary>SHA-256 of the request as sent: tells a harmless retry from a different log reusing the id.</summary>
    public string ContentHash { get; private set; } = "";

    public List<ExerciseLog> Exercises { get; private set; } = [];

    /// <summary>What was swapped, skipped or added against the planned session.</summary>
    public List<SessionChange> Changes { get; private set; } = [];

    /// <summary>The app an imported workout came from (califlow, strong, hevy, fitnotes); null for one logged here.</summary>
    public string? Source { get; private set; }

    /// <summary>What identifies the workout in <see cref="Source"/>: importing it again finds it by the pair.</summary>
    public string? SourceId { get; private set; }

    public DateTimeOffset? DeletedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public void MarkImported(string source, string sourceId)
    {
        Source = source;
        SourceId = sourceId;
    }

    public static WorkoutLog Create(
        Guid id, Guid userId, Guid? sessionId, DateOnly performedOn, DateTimeOffset? startedAt, int? durationMinutes, Feeling? feeling,
        string? notes, decimal? bodyWeightKg, string contentHash, IEnumerable<ExerciseLog> exercises, IEnumerable<SessionChange> changes) => new()
    {
        Id = id,
        UserId = userId,
        SessionId = sessionId,
        PerformedOn = performedOn,
        StartedAt = startedAt?.ToUniversalTime(),
        DurationMinutes = durationMinutes,
        Feeling = feeling,
        Notes = notes,
        BodyWeightKg = bodyWeightKg,
        ContentHash = contentHash,
        Exercises = [.. exercises],
        Changes = [.. changes],
    };

    /// <summary>The time the workout took, when the client said when it began; an unknown duration is taken as a minute.</summary>
    public (DateTimeOffset Start, DateTimeOffset End)? Interval =>
        StartedAt is { } start ? (start, start.AddMinutes(Math.Max(DurationMinutes ?? 1, 1))) : null;

    public void Delete(DateTimeOffset now) => DeletedAt ??= now;

    public void Edit(int? durationMinutes, Feeling? feeling, string? notes)
    {
        DurationMinutes = durationMinutes ?? DurationMinutes;
        Feeling = feeling ?? Feeling;
        Notes = notes is null ? Notes : string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
    }

    public void ReplaceExercises(IEnumerable<ExerciseLog> exercises) => Exercises = [.. exercises];
}

/// <summary>One exercise of a workout log with the sets actually done (JSONB).</summary>
internal sealed class ExerciseLog : IHasTimestamps
{
    private ExerciseLog()
    {
    }

    public Guid Id { get; private set; }

    public Guid WorkoutLogId { get; private set; }

    public int Order { get; private set; }

    public Guid ExerciseId { get; private set; }

    /// <summary>Copied from the library at log time, so stats group by pattern without asking the Exercises module.</summary>
    public string Pattern { get; private set; } = "";

    /// <summary>Copied from the library at log time: a later edit of the library does not rewrite history.</summary>
    public decimal BodyweightFraction { get; private set; }

    public List<PerformedSet> Sets { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static ExerciseLog Create(Guid workoutLogId, int order, Guid exerciseId, string pattern, decimal bodyweightFraction, IEnumerable<PerformedSet> sets) =>
        new()
        {
            Id = Guid.CreateVersion7(),
            WorkoutLogId = workoutLogId,
            Order = order,
            ExerciseId = exerciseId,
            Pattern = pattern,
            BodyweightFraction = bodyweightFraction,
            Sets = [.. sets],
        };
}

/// <summary>A set as done: reps or a hold in seconds, how hard it was (RPE), and any added weight or band assistance.</summary>
internal sealed record PerformedSet(int? Reps, int? HoldSeconds, decimal? Rpe, decimal? AddedWeightKg, decimal? AssistanceKg);
