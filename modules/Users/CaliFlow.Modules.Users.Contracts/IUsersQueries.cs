using CaliFlow.BuildingBlocks.Training;

namespace CaliFlow.Modules.Users.Contracts;

/// <summary>Read-only questions other modules may ask Users.</summary>
public interface IUsersQueries
{
    /// <summary>The training profile of a live (not deleted) user, or null.</summary>
    Task<UserProfileSnapshot?> GetProfileAsync(Guid userId, CancellationToken cancellationToken);

    Task<SubscriptionPlan> GetSubscriptionPlanAsync(Guid userId, CancellationToken cancellationToken);
}

public sealed record UserProfileSnapshot(
    Guid UserId,
    TrainingLevel Level,
    IReadOnlyList<TrainingGoal> Goals,
    IReadOnlyList<Equipment> Equipment,
    int TrainingDaysPerWeek,
    IReadOnlyList<DayOfWeek> PreferredWeekdays,
    int SessionMinutes,
    string TimeZone,
    decimal? WeightKg);

public enum SubscriptionPlan
{
    Free,
    Premium,
}

public enum TrainingGoal
{
    Strength,
    Muscle,
    Skills,
    FatLoss,
    Endurance,
    Mobility,
}
