using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Users.Domain;

/// <summary>What the plan generator needs to know about the athlete. Measurements are stored metric; units are a display choice.</summary>
internal sealed class UserProfile : IHasTimestamps
{
    private UserProfile()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public TrainingLevel Level { get; set; } = TrainingLevel.Beginner;

    public List<TrainingGoal> Goals { get; set; } = [];

    public List<Equipment> Equipment { get; set; } = [];

    public int TrainingDaysPerWeek { get; set; } = 3;

    public List<DayOfWeek> PreferredWeekdays { get; set; } = [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday];

    public int SessionMinutes { get; set; } = 45;

    /// <summary>IANA time zone id: "today's workout" and local midnight are computed in it.</summary>
    public string TimeZone { get; set; } = "UTC";

    public UnitSystem UnitSystem { get; set; } = UnitSystem.Metric;

    public DateOnly? DateOfBirth { get; set; }

    public Sex? Sex { get; set; }

    public decimal? HeightCm { get; set; }

    public decimal? WeightKg { get; set; }

    /// <summary>How active the user is outside training (job, steps); nutrition targets scale energy by it.</summary>
    public DailyActivity DailyActivity { get; set; } = DailyActivity.Sedentary;

    /// <summary>What becomes of a live workout left open past the limit.</summary>
    public UnfinishedWorkouts UnfinishedWorkouts { get; set; } = UnfinishedWorkouts.Log;

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static UserProfile DefaultFor(Guid userId) => new() { Id = Guid.CreateVersion7(), UserId = userId };
}
