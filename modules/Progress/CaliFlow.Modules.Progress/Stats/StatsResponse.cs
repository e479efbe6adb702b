namespace CaliFlow.Modules.Progress.Stats;

/// <param name="CurrentStreakDays">Consecutive training days up to today (or yesterday) in the user's time zone.</param>
internal sealed record StatsResponse(
    int Workouts,
    int Minutes,
    int Reps,
    int HoldSeconds,
    int CurrentStreakDays,
    int LongestStreakDays,
    IReadOnlyList<WeeklyVolume> WeeklyVolume,
    IReadOnlyList<PersonalRecord> PersonalRecords);

/// <param name="WeekStart">The Monday the week starts on.</param>
/// <param name="Workouts">Workouts logged here that week.</param>
/// <param name="OtherActivities">Sessions other apps recorded that week (a run, a class) that are not one of the workouts.</param>
internal sealed record WeeklyVolume(
    DateOnly WeekStart, IReadOnlyDictionary<string, decimal> VolumeKgByPattern, IReadOnlyDictionary<string, int> SetsByPattern, int Workouts,
    int OtherActivities);

/// <summary>Bests per exercise: most reps in a set, longest hold, heaviest effective load (less assistance counts as heavier).</summary>
internal sealed record PersonalRecord(Guid ExerciseId, int? BestReps, int? BestHoldSeconds, decimal? BestLoadKg, DateOnly LastImprovedOn);
