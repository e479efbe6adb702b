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
    /// not act on. Throws <see cref="PaymentWebhookRejectedException"/> for anything not provably from the provider.
    /// </summary>
    BillingEvent? ParseWebhook(string payload, string? signatureHeader);
}

internal sealed record ProviderCheckout(string ProviderSessionId, string CheckoutUrl);
