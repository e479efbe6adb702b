namespace CaliFlow.Modules.Platform.Billing;

internal enum BillingEventKind
{
    PaymentSucceeded,
    PaymentFailed,
    SubscriptionCanceled,
    PaymentRefunded,
}

/// <summary>A provider's webhook in billing's own terms.</summary>
/// <param name="SubscriptionRef">The provider's subscription id; null for a checkout that failed before one existed.</param>
/// <param name="PaymentRef">The provider's payment (invoice/charge) id, for payments and refunds.</param>
internal sealed record BillingEvent(
    string EventId,
    string Type,
    BillingEventKind Kind,
    Guid UserId,
    DateTimeOffset OccurredAt,
    string? CheckoutSessionId = null,
    string? SubscriptionRef = null,
    BillingPlan? Plan = null,
    string? PaymentRef = null,
    long AmountMinor = 0,
    string? Currency = null,
    DateTimeOffset? PeriodStart = null,
    DateTimeOffset? PeriodEnd = null);
