using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Users.Domain;

/// <summary>Every user has exactly one; free until a payment (Platform module) upgrades it.</summary>
internal sealed class Subscription : IHasTimestamps
{
    private Subscription()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public SubscriptionPlan Plan { get; private set; }

    /// <summary>End of the paid period; premium without an end date does not lapse.</summary>
    public DateTimeOffset? CurrentPeriodEndsAt { get; private set; }

    /// <summary>The version of the last billing change applied (Platform's sequence); older or repeated changes are ignored.</summary>
    public long BillingVersion { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Subscription FreeFor(Guid userId) =>
        new() { Id = Guid.CreateVersion7(), UserId = userId, Plan = SubscriptionPlan.Free };

    public SubscriptionPlan EffectivePlan(DateTimeOffset now) => EffectivePlan(Plan, CurrentPeriodEndsAt, now);

    /// <summary>Premium counts only while its period runs; afterwards the user is entitled to free.</summary>
    public static SubscriptionPlan EffectivePlan(SubscriptionPlan plan, DateTimeOffset? periodEndsAt, DateTimeOffset now) =>
        plan == SubscriptionPlan.Premium && (periodEndsAt is null || periodEndsAt > now) ? SubscriptionPlan.Premium : SubscriptionPlan.Free;

    /// <summary>Applies a billing change unless a newer one was applied already; returns whether anything changed.</summary>
    public bool ApplyBillingChange(bool premium, DateTimeOffset? premiumUntil, long version)
    {
        if (version <= BillingVersion)
        {
            return false;
        }

        BillingVersion = version;
        Plan = premium ? SubscriptionPlan.Premium : SubscriptionPlan.Free;
        CurrentPeriodEndsAt = premium ? premiumUntil : null;
        return true;
    }

    public void Upgrade(DateTimeOffset? periodEndsAt)
    {
        Plan = SubscriptionPlan.Premium;
        CurrentPeriodEndsAt = periodEndsAt;
    }
}
