using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Platform.Billing;

/// <summary>free (no row) → active → past_due → canceled → expired, with renewals back to active.</summary>
internal enum SubscriptionStatus
{
    Active,
    PastDue,
    Canceled,
    Expired,
}

/// <summary>
/// A paid subscription as the payment provider reports it. Only provider webhooks (and the expiry job) move it; the user's
/// entitlement in the Users module follows through <c>SubscriptionChangedIntegrationEvent</c>.
/// </summary>
internal sealed class BillingSubscription : IHasTimestamps
{
    private BillingSubscription()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Provider { get; private set; } = "";

    /// <summary>The provider's id for it (Stripe's sub_…, the sandbox's own).</summary>
    public string ProviderSubscriptionId { get; private set; } = "";

    public BillingPlan Plan { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    public DateTimeOffset CurrentPeriodStart { get; private set; }

    public DateTimeOffset CurrentPeriodEnd { get; private set; }

    public DateTimeOffset? CanceledAt { get; private set; }

    public DateTimeOffset? EndedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Premium while the paid period runs, unless the subscription already ended (refund, expiry).</summary>
    public bool EntitlesPremium(DateTimeOffset now) => Status != SubscriptionStatus.Expired && CurrentPeriodEnd > now;

    public static BillingSubscription Start(
        Guid userId, string provider, string providerSubscriptionId, BillingPlan plan, DateTimeOffset periodStart, DateTimeOffset periodEnd) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        Provider = provider,
        ProviderSubscriptionId = providerSubscriptionId,
        Plan = plan,
        Status = SubscriptionStatus.Active,
        CurrentPeriodStart = periodStart,
        CurrentPeriodEnd = periodEnd,
    };

    /// <summary>A paid (renewal) invoice: a new period, and back to active from past_due. An ended subscription stays ended.</summary>
    public bool Renew(DateTimeOffset periodStart, DateTimeOffset periodEnd)
    {
        if (Status == SubscriptionStatus.Expired || periodEnd <= CurrentPeriodEnd && Status == SubscriptionStatus.Active)
        {
            return false;
        }

        CurrentPeriodStart = periodStart;
        CurrentPeriodEnd = periodEnd > CurrentPeriodEnd ? periodEnd : CurrentPeriodEnd;
        if (Status == SubscriptionStatus.PastDue)
        {
            Status = SubscriptionStatus.Active;
        }

        return true;
    }

    /// <summary>A renewal payment failed: access continues to the end of the paid period while the provider retries.</summary>
    public bool MarkPastDue()
    {
        if (Status != SubscriptionStatus.Active)
        {
            return false;
        }

        Status = SubscriptionStatus.PastDue;
        return true;
    }

    /// <summary>No renewal: premium stays until the end of the period already paid, then the expiry job ends it.</summary>
    public bool Cancel(DateTimeOffset now)
    {
        if (Status is SubscriptionStatus.Canceled or SubscriptionStatus.Expired)
        {
            return false;
        }

        Status = SubscriptionStatus.Canceled;
        CanceledAt = now;
        return true;
    }

    /// <summary>The end: the period ran out after a cancellation or failed payments, or the payment was refunded.</summary>
    public bool Expire(DateTimeOffset now)
    {
        if (Status == SubscriptionStatus.Expired)
        {
            return false;
        }

        Status = SubscriptionStatus.Expired;
        EndedAt = now;
        if (CurrentPeriodEnd > now)
        {
            CurrentPeriodEnd = now;
        }

        return true;
    }
}
