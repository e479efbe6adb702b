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

/// <param name="Steps">
/// From the user's current step (or the first step) to the skill, easiest first: only exercises their equipment allows when
/// such a way leads to the skill, otherwise the library's way with what each step needs.
/// </param>
/// <param name="CurrentStep">The step the user trains now, when their plan or logs show one on the path.</param>
/// <param name="MissingEquipment">What the user's profile lacks for the steps shown; empty when every step fits their equipment.</param>
/// <param name="EasierStepsNeed">When the way fits their equipment: what would open the library's easier steps before its first one.</param>
internal sealed record SkillPathFacts(
    string Target,
    string? TargetSlug,
    string? CurrentStep,
    IReadOnlyList<SkillStepFacts> Steps,
    IReadOnlyList<string> MissingEquipment,
    IReadOnlyList<string> EasierStepsNeed,
    string? Message);

/// <param name="ToUnlockNext">What must be achieved on this step before the next one unlocks.</param>
/// <param name="Needs">Equipment the step needs that the user's profile lacks.</param>
internal sealed record SkillStepFacts(string Name, string Slug, int Difficulty, string? ToUnlockNext, IReadOnlyList<string> Needs);

/// <param name="StartsAt">The first step planned: what the user trains now on the way, or the first step their equipment allows.</param>
/// <param name="FromTraining">The plan starts where the user's plan or logs show them training.</param>
/// <param name="HowOften">How often and when in the session to train it.</param>
/// <param name="Then">The steps after the planned weeks, up to the skill.</param>
/// <param name="MissingEquipment">When not empty, no weeks are planned: the way needs this equipment, which the profile lacks.</param>
internal sealed record SkillPlanFacts(
    string Target,
    string? TargetSlug,
    string? StartsAt,
    bool FromTraining,
    string HowOften,
    IReadOnlyList<SkillPlanStepFacts> Steps,
    IReadOnlyList<string> Then,
    IReadOnlyList<string> MissingEquipment,
    string? Message);

/// <param name="MoveOnWhen">The unlock rule of the step; null for the skill itself.</param>
internal sealed record SkillPlanStepFacts(string Exercise, string? MoveOnWhen, IReadOnlyList<SkillPlanWeekFacts> Weeks);

/// <param name="Prescription">E.g. "3 × 18 s holds at RPE 7, rest 2-3 min".</param>
/// <param name="Test">The week asks for the step's unlock target.</param>
internal sealed record SkillPlanWeekFacts(int Week, string Prescription, bool Test);

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
