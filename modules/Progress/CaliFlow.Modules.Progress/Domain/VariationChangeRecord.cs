using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Progress.Contracts;

namespace CaliFlow.Modules.Progress.Domain;

/// <summary>Auto-progression's decisions, with their reasons: the history behind a user's current variation per pattern.</summary>
internal sealed class VariationChangeRecord : IHasTimestamps
{
    private VariationChangeRecord()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Pattern { get; private set; } = "";

    public Guid FromExerciseId { get; private set; }

    public Guid ToExerciseId { get; private set; }

    public VariationChange Change { get; private set; }

    public string Reason { get; private set; } = "";

    /// <summary>The log whose evaluation made the decision.</summary>
    public Guid WorkoutLogId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static VariationChangeRecord Create(
        Guid userId, string pattern, Guid from, Guid to, VariationChange change, string reason, Guid workoutLogId) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Pattern = pattern,
        FromExerciseId = from,
        ToExerciseId = to,
        Change = change,
        Reason = reason,
        WorkoutLogId = workoutLogId,
    };
}
