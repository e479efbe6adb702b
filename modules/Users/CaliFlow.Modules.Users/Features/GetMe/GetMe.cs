using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Training;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using Mediator;

namespace CaliFlow.Modules.Users.Features.GetMe;

internal sealed record GetMeQuery(Guid UserId) : IQuery<Result<MeResponse>>;

/// <param name="EmailVerified">Whether the owner confirmed the address; features that mail it (admin role, receipts, exports) require it.</param>
internal sealed record MeResponse(
    Guid Id, string Email, bool EmailVerified, string Role, DateTimeOffset CreatedAt, ProfileResponse Profile, SubscriptionPlan Plan);

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
    DateTimeOffset UpdatedAt)
{
    public static ProfileResponse From(UserProfile p) => new(
        p.Level, p.Goals, p.Equipment, p.TrainingDaysPerWeek, p.PreferredWeekdays, p.SessionMinutes, p.TimeZone, p.UnitSystem,
        p.DateOfBirth, p.Sex, p.HeightCm, p.WeightKg, p.DailyActivity, p.UpdatedAt);
}
