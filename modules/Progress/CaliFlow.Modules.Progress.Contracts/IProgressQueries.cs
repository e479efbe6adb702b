using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Progress.Contracts;

/// <summary>Read-only questions other modules may ask Progress.</summary>
[ReadOnlyContract]
public interface IProgressQueries
{
    /// <summary>The user's most recent body-weight reading (latest date, then latest recorded), or null when there is none.</summary>
    Task<BodyWeightReading?> GetLatestBodyWeightAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>Streaks and personal records (as <c>GET /stats</c> computes them) and the latest workouts, newest first.</summary>
    Task<TrainingSummary> GetTrainingSummaryAsync(Guid userId, int recentWorkouts, CancellationToken cancellationToken);
}

public sealed record BodyWeightReading(decimal WeightKg, DateOnly RecordedOn);

public sealed record TrainingSummary(
    int Workouts,
    int CurrentStreakDays,
    int LongestStreakDays,
    IReadOnlyList<PersonalBest> PersonalRecords,
    IReadOnlyList<RecentWorkout> RecentWorkouts);

/// <summary>Bests for one exercise: most reps in a set, longest hold, heaviest effective load.</summary>
public sealed record PersonalBest(Guid ExerciseId, int? BestReps, int? BestHoldSeconds, decimal? BestLoadKg, DateOnly LastImprovedOn);

/// <param name="Feeling">How the session felt, 1 (awful) to 5 (great), when given.</param>
/// <param name="AverageRpe">Mean RPE over the sets that recorded one.</param>
public sealed record RecentWorkout(
    Guid WorkoutLogId,
    Guid? SessionId,
    DateOnly PerformedOn,
    int? DurationMinutes,
    int? Feeling,
    decimal? AverageRpe,
    IReadOnlyList<RecentExercise> Exercises);

public sealed record RecentExercise(Guid ExerciseId, string Pattern, int Sets, int TotalReps, int TotalHoldSeconds);
