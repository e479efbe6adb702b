using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Platform.Domain;

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

/// <summary>A provider event already handled: its (provider, id) key turns a redelivered webhook into a no-op.</summary>
internal sealed class ReceivedWebhook
{
    public string Provider { get; set; } = "";

    public string EventId { get; set; } = "";

    public string Type { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>What a checkout request with an Idempotency-Key answered, so a retry gets the same answer.</summary>
internal sealed class IdempotencyRecord
{
    public Guid UserId { get; set; }

    public string Key { get; set; } = "";

    public string RequestHash { get; set; } = "";

    public string Response { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The embedded sandbox provider's outgoing webhook queue: durable, retried until the API accepts it.</summary>
internal sealed class SandboxWebhook
{
    public Guid Id { get; set; }

    public string Payload { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
