using CaliFlow.Modules.Programming.Contracts;

namespace CaliFlow.Modules.Coaching.Coach;

// What the coach's tools return: compact facts about the calling user, serialised as JSON for a model and read directly by
// the embedded coach.

internal sealed record ProfileFacts(
    string Level,
    IReadOnlyList<string> Goals,
    IReadOnlyList<string> Equipment,
    int TrainingDaysPerWeek,
    int SessionMinutes,
    string TimeZone,
    string Units,
    decimal? WeightKg);

/// <param name="Message">Why there is nothing to show (no plan, plan finished), when there isn't.</param>
internal sealed record TodayWorkoutFacts(DateOnly Today, bool IsToday, SessionFacts? Session, string? Message);

internal sealed record SessionFacts(DateOnly Date, string Name, int Week, bool Deload, IReadOnlyList<ExerciseFacts> Exercises, IReadOnlyList<string> Adjustments);

/// <param name="Prescription">E.g. "3 × 8 reps at RPE 7, rest 90 s".</param>
internal sealed record ExerciseFacts(string Name, string Slug, string Pattern, string Prescription);

internal sealed record PlanWeekFacts(bool HasPlan, PlanWeekInfo? Week, string? Message);

/// <param name="Steps">From the user's current step (or the first step) to the skill, easiest first.</param>
/// <param name="CurrentStep">The step the user trains now, when their plan or logs show one on the path.</param>
internal sealed record SkillPathFacts(string Target, string? TargetSlug, string? CurrentStep, IReadOnlyList<SkillStepFacts> Steps, string? Message);

/// <param name="ToUnlockNext">What must be achieved on this step before the next one unlocks.</param>
internal sealed record SkillStepFacts(string Name, string Slug, int Difficulty, string? ToUnlockNext);

internal sealed record ExerciseCueFacts(string Name, string Slug, string Pattern, string Instructions, IReadOnlyList<string> Cues, IReadOnlyList<string> CommonMistakes);

internal sealed record NutritionFacts(bool HasTargets, string? Goal, int? EnergyKcal, int? ProteinG, int? FatG, int? CarbohydrateG, int? FibreG, int? WaterMl, string? Message);

internal sealed record StreakFacts(int Workouts, int CurrentStreakDays, int LongestStreakDays, IReadOnlyList<RecordFacts> Records);

internal sealed record RecordFacts(string Exercise, int? BestReps, int? BestHoldSeconds, decimal? BestLoadKg, DateOnly LastImprovedOn);

internal sealed record RecentWorkoutFacts(DateOnly PerformedOn, int? DurationMinutes, int? Feeling, decimal? AverageRpe, IReadOnlyList<string> Exercises);

internal sealed record CheckInFacts(
    DateOnly Date,
    int Sleep,
    int Energy,
    int Soreness,
    int Stress,
    int Motivation,
    int PerceivedDifficulty,
    decimal? BodyWeightKg,
    IReadOnlyDictionary<string, int> Pain,
    IReadOnlyList<string> Adjustments);
