using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Programming.Planning;

namespace CaliFlow.Modules.Programming.Domain;

internal enum PlanStatus
{
    Active,
    Archived,
}

/// <summary>A user's 12-week plan. At most one is active per user; archived plans stay readable.</summary>
internal sealed class WorkoutPlan : IHasTimestamps
{
    private WorkoutPlan()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public PlanStatus Status { get; private set; }

    public Split Split { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly EndDate { get; private set; }

    /// <summary>IANA zone the sessions were dated in.</summary>
    public string TimeZone { get; private set; } = "UTC";

    public List<string> TargetSkills { get; private set; } = [];

    /// <summary>What the plan was generated from, kept with it so it can be explained (and regenerated) later.</summary>
    public PlanRequest Inputs { get; private set; } = null!;

    public List<Mesocycle> Mesocycles { get; private set; } = [];

    public List<WorkoutSession> Sessions { get; private set; } = [];

    public DateTimeOffset? ArchivedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WorkoutPlan From(Guid userId, string timeZone, PlanRequest inputs, GeneratedPlan generated)
    {
        var plan = new WorkoutPlan
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Status = PlanStatus.Active,
            Split = generated.Split,
            StartDate = inputs.StartDate,
            EndDate = inputs.StartDate.AddDays((7 * Blocks.Weeks) - 1),
            TimeZone = timeZone,
            TargetSkills = [.. inputs.TargetSkills],
            Inputs = inputs,
            Mesocycles = [.. generated.Mesocycles],
        };
        plan.Sessions = [.. generated.Sessions.Select(s => WorkoutSession.From(plan, s))];
        return plan;
    }

    public bool Archive(DateTimeOffset now)
    {
        if (Status == PlanStatus.Archived)
        {
            return false;
        }

        Status = PlanStatus.Archived;
        ArchivedAt = now;
        return true;
    }
}
