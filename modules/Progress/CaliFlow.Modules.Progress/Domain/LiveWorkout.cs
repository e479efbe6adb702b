using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Progress.Domain;

/// <summary>
/// A workout in progress, kept on the server set by set so that a dead phone loses nothing and another device can carry on.
/// Finishing it writes a <see cref="WorkoutLog"/> with the same id, through the same writer as an uploaded log. An abandoned one
/// is deleted softly: its row stays, without its sets, so delta sync can tell other devices it is gone.
/// </summary>
internal sealed class LiveWorkout : IHasTimestamps, ISoftDeletable
{
    private LiveWorkout()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The planned session being done, if any (refers across modules by id).</summary>
    public Guid? SessionId { get; private set; }

    /// <summary>The user's local date when it started: the finished log's date.</summary>
    public DateOnly PerformedOn { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public List<LiveSet> Sets { get; private set; } = [];

    /// <summary>Exercises of the planned session swapped, skipped or added so far; at most one change per exercise.</summary>
    public List<SessionChange> Changes { get; private set; } = [];

    public DateTimeOffset? DeletedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsFinished => FinishedAt is not null;

    public static LiveWorkout Start(Guid id, Guid userId, Guid? sessionId, DateOnly performedOn, DateTimeOffset now) => new()
    {
        Id = id,
        UserId = userId,
        SessionId = sessionId,
        PerformedOn = performedOn,
        StartedAt = now,
    };

    public void Finish(DateTimeOffset now) => FinishedAt ??= now;

    /// <summary>Abandons it: the caller removes the sets, the row stays as a tombstone.</summary>
    public void Discard(DateTimeOffset now) => DeletedAt ??= now;

    /// <summary>Sets the change of its exercise, replacing an earlier one (the same change again changes nothing).</summary>
    public void Change(SessionChange change)
    {
        if (!Changes.Contains(change))
        {
            Changes = [.. Changes.Where(c => c.ExerciseId != change.ExerciseId), change];
        }
    }

    /// <summary>Takes back the change of an exercise; false when it had none.</summary>
    public bool Undo(Guid exerciseId)
    {
        var count = Changes.Count;
        Changes = [.. Changes.Where(c => c.ExerciseId != exerciseId)];
        return Changes.Count != count;
    }

    /// <summary>
    /// The sets as a log's exercises: each exercise where its first set was done, its sets in the order they were done. Set ids
    /// are UUIDv7s made on the device as each set is done, so the order does not depend on when or in what order they arrived.
    /// </summary>
    public IEnumerable<(Guid ExerciseId, List<LiveSet> Sets)> InOrderDone() =>
        Sets.OrderBy(s => s.Id).GroupBy(s => s.ExerciseId).Select(g => (g.Key, g.ToList()));
}

/// <summary>One set recorded during a <see cref="LiveWorkout"/>; its id is made by the client, so a set sent twice is stored once.</summary>
internal sealed class LiveSet : IHasTimestamps
{
    private LiveSet()
    {
    }

    public Guid Id { get; private set; }

    public Guid LiveWorkoutId { get; private set; }

    public Guid ExerciseId { get; private set; }

    public PerformedSet Performed { get; private set; } = null!;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static LiveSet Record(Guid id, Guid liveWorkoutId, Guid exerciseId, PerformedSet performed) => new()
    {
        Id = id,
        LiveWorkoutId = liveWorkoutId,
        ExerciseId = exerciseId,
        Performed = performed,
    };

    /// <summary>Replaces what was recorded; false when nothing changed, so a resent set leaves updated_at where it was.</summary>
    public bool Replace(Guid exerciseId, PerformedSet performed)
    {
        if (exerciseId == ExerciseId && performed == Performed)
        {
            return false;
        }

        ExerciseId = exerciseId;
        Performed = performed;
        return true;
    }
}
