using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Progress.Domain;

/// <summary>
/// A session another app recorded (a watch's run, a workout in Health Connect or HealthKit), sent by the user's phone. It is
/// kept once per (source, source id): the same record sent again updates it. It counts toward active days and the week's
/// sessions, unless it is the same session as one of the user's CaliFlow logs (<see cref="MatchedLogId"/>), which counts instead.
/// </summary>
internal sealed class ExternalActivity : IHasTimestamps
{
    private ExternalActivity()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>health-connect, healthkit or garmin.</summary>
    public string Source { get; private set; } = "";

    /// <summary>The record's id in <see cref="Source"/>.</summary>
    public string SourceId { get; private set; } = "";

    /// <summary>The kind of activity in the source's words, lower case (calisthenics, running, strength-training, ...).</summary>
    public string Type { get; private set; } = "";

    public string? Title { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset EndedAt { get; private set; }

    /// <summary>The user's local date of the start, in their zone when the activity was first received.</summary>
    public DateOnly PerformedOn { get; private set; }

    /// <summary>
    /// The CaliFlow log of the same session, decided when the activity first arrives or when such a log is written after it, and
    /// kept: once one session, always one.
    /// </summary>
    public Guid? MatchedLogId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public int DurationMinutes => (int)Math.Ceiling((EndedAt - StartedAt).TotalMinutes);

    public static ExternalActivity Create(Guid userId, string source, string sourceId, DateOnly performedOn) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Source = source,
        SourceId = sourceId,
        PerformedOn = performedOn,
    };

    /// <summary>Takes what the source says now; false when nothing changed.</summary>
    public bool Update(string type, string? title, DateTimeOffset startedAt, DateTimeOffset endedAt)
    {
        var changed = Type != type || Title != title || StartedAt != startedAt || EndedAt != endedAt;
        (Type, Title, StartedAt, EndedAt) = (type, title, startedAt.ToUniversalTime(), endedAt.ToUniversalTime());
        return changed;
    }

    public void MatchTo(Guid logId) => MatchedLogId ??= logId;
}
