using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Platform.Billing;

internal enum PaymentStatus
{
    Succeeded,
    Failed,
    Refunded,
}

/// <summary>A charge as the provider reported it: amount in minor units (cents) with its ISO 4217 currency. No card data, ever.</summary>
internal sealed class Payment : IHasTimestamps
{
    private Payment()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public Guid? SubscriptionId { get; private set; }

    public string Provider { get; private set; } = "";

    public string ProviderPaymentId { get; private set; } = "";

    public BillingPlan Plan { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public PaymentStatus Status { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? RefundedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Payment Record(
        Guid userId, Guid? subscriptionId, string provider, string providerPaymentId, BillingPlan plan, long amountMinor,
        string currency, PaymentStatus status, DateTimeOffset occurredAt) => new()
    {
        Id = Guid.CreateVersion7(),
        UserId = userId,
        SubscriptionId = subscriptionId,
        Provider = provider,
        ProviderPaymentId = providerPaymentId,
        Plan = plan,
        AmountMinor = amountMinor,
        Currency = currency.ToUpperInvariant(),
        Status = status,
        OccurredAt = occurredAt,
    };

    public void Refund(DateTimeOffset now)
    {
        Status = PaymentStatus.Refunded;
        RefundedAt ??= now;
    }
}
