using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Platform.Billing;

internal enum CheckoutStatus
{
    Open,
    Completed,
    Failed,
}

/// <summary>A checkout the user started; the provider's page takes the payment, and its webhook completes or fails it.</summary>
internal sealed class CheckoutSession : IHasTimestamps
{
    private CheckoutSession()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string Provider { get; private set; } = "";

    public string ProviderSessionId { get; private set; } = "";

    public BillingPlan Plan { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public string CheckoutUrl { get; private set; } = "";

    public CheckoutStatus Status { get; private set; }

    /// <summary>When the provider's page took the payer's answer; a second submission of the same checkout is refused.</summary>
    public DateTimeOffset? SubmittedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CheckoutSession Open(Guid id, Guid userId, string provider, BillingPlan plan, long amountMinor, string currency) => new()
    {
        Id = id,
        UserId = userId,
        Provider = provider,
        Plan = plan,
        AmountMinor = amountMinor,
        Currency = currency,
        Status = CheckoutStatus.Open,
    };

    public void AttachProviderSession(string providerSessionId, string checkoutUrl)
    {
        ProviderSessionId = providerSessionId;
        CheckoutUrl = checkoutUrl;
    }

    public bool Submit(DateTimeOffset now)
    {
        if (SubmittedAt is not null || Status != CheckoutStatus.Open)
        {
            return false;
        }

        SubmittedAt = now;
        return true;
    }

    public void Complete() => Status = CheckoutStatus.Completed;

    public void Fail()
    {
        if (Status == CheckoutStatus.Open)
        {
            Status = CheckoutStatus.Failed;
        }
    }
}
