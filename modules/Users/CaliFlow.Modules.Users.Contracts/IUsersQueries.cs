using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Users.Contracts;

/// <summary>Read-only questions other modules may ask Users.</summary>
[ReadOnlyContract]
public interface IUsersQueries
{
    /// <summary>The training profile of a live (not deleted) user, or null.</summary>
    Task<UserProfileSnapshot?> GetProfileAsync(Guid userId, CancellationToken cancellationToken);

    /// <summary>The training profiles of those of <paramref name="userIds"/> who are live users, by id (one query).</summary>
    Task<IReadOnlyDictionary<Guid, UserProfileSnapshot>> GetProfilesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

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
    decimal? WeightKg,
    UnitSystem UnitSystem,
    Sex? Sex,
    DateOnly? DateOfBirth,
    decimal? HeightCm,
    DailyActivity DailyActivity,
    UnfinishedWorkouts UnfinishedWorkouts);

public enum TrainingLevel
{
    Beginner,
    Intermediate,
    Advanced,
}

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

/// <summary>How the user reads and enters amounts; everything is stored metric.</summary>
public enum UnitSystem
{
    Metric,
    Imperial,
}

public enum Sex
{
    Female,
    Male,
    Other,
}

/// <summary>What becomes of a live workout left open past the limit (a phone put away without finishing).</summary>
public enum UnfinishedWorkouts
{
    /// <summary>Closed as a workout log of the sets recorded (one with no set is discarded).</summary>
    Log,

    /// <summary>Discarded with its sets, as if abandoned.</summary>
    Discard,
}

/// <summary>Activity outside training sessions, from desk-bound to physical work all day.</summary>
public enum DailyActivity
{
    Sedentary,
    Light,
    Moderate,
    Active,
    VeryActive,
}
