namespace CaliFlow.Modules.Programming.Contracts;

/// <summary>Read-only questions other modules may ask Programming (Progress compares what was done with what was prescribed).</summary>
public interface IProgrammingQueries
{
    /// <summary>A session of the user's, with its prescription; null when it does not exist or belongs to someone else.</summary>
    Task<SessionPrescription?> GetSessionAsync(Guid userId, Guid sessionId, CancellationToken cancellationToken);
}

public sealed record SessionPrescription(
    Guid SessionId,
    Guid PlanId,
    int Week,
    DateOnly ScheduledDate,
    bool Deload,
    IReadOnlyList<PrescribedExercise> Exercises);

public sealed record PrescribedExercise(Guid Id, int Order, Guid ExerciseId, string Pattern, IReadOnlyList<PrescribedSet> Sets);

/// <summary>One set as prescribed: reps or a hold in seconds, the rest after it and the effort to aim for (RPE 1-10).</summary>
public sealed record PrescribedSet(int? Reps, int? HoldSeconds, int RestSeconds, int TargetRpe, string? Tempo);
