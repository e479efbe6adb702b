using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Planning;

namespace CaliFlow.Modules.Programming.Plans;

/// <summary>A plan as the plan routes show it, with a summary of every session in date order.</summary>
/// <param name="SessionMinutes">What sessions were fitted to: the profile's minutes, at most what the level's weekly volume fills.</param>
internal sealed record PlanResponse(
    Guid Id,
    PlanStatus Status,
    Split Split,
    DateOnly StartDate,
    DateOnly EndDate,
    string TimeZone,
    int SessionMinutes,
    IReadOnlyList<string> TargetSkills,
    IReadOnlyList<Mesocycle> Mesocycles,
    IReadOnlyList<SessionSummary> Sessions,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ArchivedAt)
{
    public static PlanResponse From(WorkoutPlan plan, IEnumerable<WorkoutSession> sessions) => new(
        plan.Id, plan.Status, plan.Split, plan.StartDate, plan.EndDate, plan.TimeZone, WeeklyVolume.SessionMinutes(plan.Inputs), plan.TargetSkills, plan.Mesocycles,
        [.. sessions.OrderBy(s => s.ScheduledDate).ThenBy(s => s.Week).Select(s => new SessionSummary(s.Id, s.Week, s.ScheduledDate, s.Name, s.Deload, s.Status))],
        plan.CreatedAt, plan.ArchivedAt);
}

internal sealed record SessionSummary(Guid Id, int Week, DateOnly Date, string Name, bool Deload, SessionStatus Status);
