using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;

namespace CaliFlow.Modules.Users.Profiles;

/// <summary>The training profile as the API shows it: inside <c>GET /me</c> and as the answer to a profile change.</summary>
internal sealed record ProfileResponse(
    TrainingLevel Level,
    IReadOnlyList<TrainingGoal> Goals,
    IReadOnlyList<Equipment> Equipment,
    int TrainingDaysPerWeek,
    IReadOnlyList<DayOfWeek> PreferredWeekdays,
    int SessionMinutes,
    string TimeZone,
    UnitSystem UnitSystem,
    DateOnly? DateOfBirth,
    Sex? Sex,
    decimal? HeightCm,
    decimal? WeightKg,
    DailyActivity DailyActivity,
    UnfinishedWorkouts UnfinishedWorkouts,
    DateTimeOffset UpdatedAt)
{
    public static ProfileResponse From(UserProfile p) => new(
        p.Level, p.Goals, p.Equipment, p.TrainingDaysPerWeek, p.PreferredWeekdays, p.SessionMinutes, p.TimeZone, p.UnitSystem,
        p.DateOfBirth, p.Sex, p.HeightCm, p.WeightKg, p.DailyActivity, p.UnfinishedWorkouts, p.UpdatedAt);
}
