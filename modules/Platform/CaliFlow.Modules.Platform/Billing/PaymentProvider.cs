using CaliFlow.Modules.Platform.Domain;

namespace CaliFlow.Modules.Platform.Billing;

/// <summary>
/// A payment provider behind the billing slices: it hosts the checkout (no card data reaches this API), reports payments through
/// signed webhooks, and is told about cancellations. Chosen by <c>Billing:Provider</c>.
/// </summary>
internal interface IPaymentProvider
{
    string Name { get; }

    Task<ProviderCheckout> CreateCheckoutAsync(CheckoutSession session, CancellationToken cancellationToken);

    /// <summary>Asks the provider to stop renewing; the change comes back as a webhook like any other.</summary>
    Task CancelAtPeriodEndAsync(BillingSubscription subscription, CancellationToken cancellationToken);

    /// <summary>
    /// Verifies the signature and its timestamp and turns the payload into a billing event; null for event types billing does
    /// not act on. Throws <see cref="WebhookRejectedException"/> for anything not provably from the provider.
    /// </summary>
    BillingEvent? ParseWebhook(string payload, string? signatureHeader);
}

internal sealed record ProviderCheckout(string ProviderSessionId, string CheckoutUrl);

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

internal sealed class WebhookRejectedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
