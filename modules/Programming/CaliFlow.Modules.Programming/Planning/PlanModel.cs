using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>Everything the generator needs; nothing else influences the plan, so the same request always gives the same plan.</summary>
/// <param name="StartDate">The user's local date the plan starts on (week 1 is the seven days from it).</param>
/// <param name="TargetSkills">Slugs of skills to work toward (e.g. "front-lever").</param>
/// <param name="CurrentVariations">Pattern slug → the exercise the user currently trains for it (from logs or an assessment).</param>
internal sealed record PlanRequest(
    TrainingLevel Level,
    IReadOnlyList<TrainingGoal> Goals,
    IReadOnlyCollection<Equipment> Equipment,
    int DaysPerWeek,
    IReadOnlyList<DayOfWeek> PreferredWeekdays,
    int SessionMinutes,
    DateOnly StartDate,
    IReadOnlyList<string> TargetSkills,
    IReadOnlyDictionary<string, Guid> CurrentVariations,
    int? Age = null);

internal enum Split
{
    FullBody,
    UpperLower,
    PushPullLegs,
}

/// <summary>What a slot trains: pushing and pulling are balanced every week; the last four are goal and age additions.</summary>
internal enum SlotRole
{
    Push,
    Pull,
    Legs,
    Core,
    Power,
    Conditioning,
    Balance,
    Mobility,
}

internal sealed record IntRange(int Min, int Max);

/// <summary>One week's targets and volume. Stored in the plan's mesocycles (JSONB).</summary>
/// <param name="HardSetsByMuscle">Hard sets (mobility, balance and conditioning excluded) per primary muscle over the week.</param>
internal sealed record WeekTargets(
    int Week,
    bool Deload,
    int TargetRpe,
    IReadOnlyDictionary<string, int> SetsByPattern,
    IReadOnlyDictionary<string, int> HardSetsByMuscle);

/// <summary>A 4-week block: three build weeks and a deload week.</summary>
internal sealed record Mesocycle(int Number, string Focus, int FirstWeek, int LastWeek, IReadOnlyList<WeekTargets> Weeks);

internal sealed record GeneratedPlan(Split Split, IReadOnlyList<Mesocycle> Mesocycles, IReadOnlyList<PlannedSession> Sessions);

/// <param name="EstimatedMinutes">Warm-up, working sets (reps × tempo or hold seconds) and rests, rounded.</param>
internal sealed record PlannedSession(
    int Week, DateOnly Date, string Name, bool Deload, IReadOnlyList<WarmUpItem> WarmUp, IReadOnlyList<PlannedExercise> Exercises, int EstimatedMinutes);

/// <summary>One warm-up movement: once through, reps or seconds (per side when the exercise is).</summary>
internal sealed record WarmUpItem(string Slug, string Name, int? Reps, int? HoldSeconds);

internal sealed record PlannedExercise(
    int Order, ExerciseInfo Exercise, SlotRole Role, IReadOnlyList<PrescribedSet> Sets, string? Notes, ExerciseGroup? Group = null);
