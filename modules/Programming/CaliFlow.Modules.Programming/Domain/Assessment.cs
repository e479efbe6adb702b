using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Programming.Domain;

/// <summary>
/// A placement assessment (assessments): a few max-rep or max-hold tests the user did, and where each tested movement pattern
/// starts on the progression graph. New plans start the patterns it placed there.
/// </summary>
internal sealed class Assessment : IHasTimestamps
{
    private Assessment()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The user's local date the tests were done.</summary>
    public DateOnly TakenOn { get; private set; }

    /// <summary>What was tested and the best set of each (JSONB).</summary>
    public List<AssessmentResult> Results { get; private set; } = [];

    /// <summary>Pattern slug → the exercise to work on, with the reason (JSONB).</summary>
    public Dictionary<string, Placement> Placements { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Assessment Create(Guid userId, DateOnly takenOn, IEnumerable<AssessmentResult> results, IReadOnlyDictionary<string, Placement> placements) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        TakenOn = takenOn,
        Results = [.. results],
        Placements = new Dictionary<string, Placement>(placements, StringComparer.Ordinal),
    };
}

/// <summary>One test: the exercise done for a pattern and the best set, in reps or seconds (per side for one-sided exercises).</summary>
internal sealed record AssessmentResult(string Test, string Pattern, Guid ExerciseId, int? MaxReps, int? MaxSeconds);

internal enum PlacementReason
{
    /// <summary>The max supports working sets on the tested exercise and is short of being past it.</summary>
    Tested,

    /// <summary>The max is well past what unlocks a harder step: placed on the hardest step it reaches.</summary>
    SteppedUp,

    /// <summary>Too few reps or seconds for working sets: one easier step.</summary>
    SteppedDown,

    /// <summary>Too few for working sets, but there is no easier step the user can do with their equipment.</summary>
    NoEasierStep,
}

/// <param name="ExerciseId">The exercise to work on for the pattern.</param>
/// <param name="EstimatedMax">The best set expected on it (reps or seconds), when the rule gives one; none after a step down.</param>
/// <param name="Explanation">Why, in numbers, for the user.</param>
internal sealed record Placement(Guid ExerciseId, PlacementReason Reason, int? EstimatedMax, string Explanation);
