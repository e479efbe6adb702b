using Microsoft.Extensions.Options;
using Stripe;
using Stripe.Checkout;

namespace CaliFlow.Modules.Platform.Billing;

/// <summary>
/// Stripe behind <see cref="IPaymentProvider"/>: Checkout Sessions in subscription mode (Stripe's page takes the card), webhooks
/// verified by Stripe.net's <see cref="EventUtility"/> (signature and timestamp tolerance). The user id travels in the
/// subscription's metadata, so every invoice of the subscription says whose it is. Keys come only from configuration.
/// </summary>
internal sealed class StripePaymentProvider(IOptions<BillingOptions> options, TimeProvider time) : IPaymentProvider
{
    public const string ProviderName = "stripe";
    public const string SignatureHeader = "Stripe-Signature";
    private const string UserIdKey = "califlow_user_id";
    private const string PlanKey = "califlow_plan";
    private const string SessionKey = "califlow_checkout_session_id";

    public string Name => ProviderName;

    private StripeBillingOptions Settings => options.Value.Stripe;

    private StripeClient Client => new(Settings.SecretKey ?? throw new InvalidOperationException(
        "Billing:Stripe:SecretKey is not set (Billing__Stripe__SecretKey from a secret store)."));

    public async Task<ProviderCheckout> CreateCheckoutAsync(CheckoutSession session, CancellationToken cancellationToken)
    {
        var price = session.Plan == BillingPlan.Yearly ? Settings.YearlyPriceId : Settings.MonthlyPriceId;
        var metadata = new Dictionary<string, string>
        {
            [UserIdKey] = session.UserId.ToString(),
            [PlanKey] = session.Plan.ToString(),
            [SessionKey] = session.Id.ToString(),
        };
        var created = await new SessionService(Client).CreateAsync(new SessionCreateOptions
        {
            Mode = "subscription",
            LineItems = [new SessionLineItemOptions { Price = price ?? throw new InvalidOperationException($"No Stripe price id for the {session.Plan} plan."), Quantity = 1 }],
            SuccessUrl = Settings.SuccessUrl,
            CancelUrl = Settings.CancelUrl,
            ClientReferenceId = session.UserId.ToString(),
            Metadata = metadata,
            SubscriptionData = new SessionSubscriptionDataOptions { Metadata = metadata },
        }, cancellationToken: cancellationToken);
        return new ProviderCheckout(created.Id, created.Url);
    }

    public Task CancelAtPeriodEndAsync(BillingSubscription subscription, CancellationToken cancellationToken) =>
        new SubscriptionService(Client).UpdateAsync(
            subscription.ProviderSubscriptionId, new SubscriptionUpdateOptions { CancelAtPeriodEnd = true }, cancellationToken: cancellationToken);

    public BillingEvent? ParseWebhook(string payload, string? signatureHeader)
    {
        Event stripeEvent;
        try
        {
            stripeEvent = EventUtility.ConstructEvent(
                payload, signatureHeader, Settings.WebhookSecret ?? throw new InvalidOperationException("Billing:Stripe:WebhookSecret is not set."),
                tolerance: (long)options.Value.WebhookTolerance.TotalSeconds,
                utcNow: time.GetUtcNow().ToUnixTimeSeconds(),
                throwOnApiVersionMismatch: false);
        }
        catch (StripeException ex)
        {
            throw new PaymentWebhookRejectedException("signature_invalid", ex.Message);
        }

        var occurredAt = new DateTimeOffset(stripeEvent.Created, TimeSpan.Zero);
        return stripeEvent.Data.Object switch
        {
            Invoice invoice when stripeEvent.Type is EventTypes.InvoicePaid or EventTypes.InvoicePaymentFailed =>
                FromInvoice(stripeEvent, invoice, occurredAt),
            Subscription subscription when stripeEvent.Type == EventTypes.CustomerSubscriptionDeleted ||
                                           (stripeEvent.Type == EventTypes.CustomerSubscriptionUpdated && subscription.CancelAtPeriodEnd) =>
                UserOf(subscription.Metadata) is { } userId
                    ? new BillingEvent(stripeEvent.Id, stripeEvent.Type, BillingEventKind.SubscriptionCanceled, userId, occurredAt, SubscriptionRef: subscription.Id)
                    : null,
            _ => null,
        };
    }

    private static BillingEvent? FromInvoice(Event stripeEvent, Invoice invoice, DateTimeOffset occurredAt)
    {
        var details = invoice.Parent?.SubscriptionDetails;
        if (details?.SubscriptionId is null || UserOf(details.Metadata) is not { } userId)
        {
            return null; // not one of our subscriptions' invoices
        }

        var line = invoice.Lines?.Data?.FirstOrDefault();
        BillingPlan? plan = details.Metadata.TryGetValue(PlanKey, out var planName) && Enum.TryParse<BillingPlan>(planName, out var parsed) ? parsed : null;
        var paid = stripeEvent.Type == EventTypes.InvoicePaid;
        return new BillingEvent(
            stripeEvent.Id, stripeEvent.Type, paid ? BillingEventKind.PaymentSucceeded : BillingEventKind.PaymentFailed, userId, occurredAt,
            SubscriptionRef: details.SubscriptionId, Plan: plan, PaymentRef: invoice.Id,
            AmountMinor: paid ? invoice.AmountPaid : invoice.AmountDue, Currency: invoice.Currency?.ToUpperInvariant(),
            PeriodStart: line?.Period is { } p ? new DateTimeOffset(p.Start, TimeSpan.Zero) : null,
            PeriodEnd: line?.Period is { } q ? new DateTimeOffset(q.End, TimeSpan.Zero) : null);
    }

    private static Guid? UserOf(Dictionary<string, string>? metadata) =>
        metadata is not null && metadata.TryGetValue(UserIdKey, out var value) && Guid.TryParse(value, out var id) ? id : null;
}
