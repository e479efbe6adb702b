using System.Text.Json;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Platform.Persistence;
using CaliFlow.Modules.Platform.Signing;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing;

/// <summary>
/// The embedded payment provider: works offline, end to end. Its checkout page lives in this API
/// (<c>/billing/sandbox/checkout/{id}</c>); paying there (no card data, just "pay" or "decline") queues a signed webhook in
/// PostgreSQL that <see cref="SandboxWebhookSender"/> POSTs to <c>/billing/webhooks/sandbox</c> over HTTP, through the same
/// verification as a real provider's. Renewals, failed renewals, refunds and cancellations are sandbox actions too.
/// </summary>
internal sealed class SandboxPaymentProvider(PlatformDbContext db, SandboxSecret secret, IOptions<BillingOptions> options, TimeProvider time)
    : IPaymentProvider
{
    public const string ProviderName = "sandbox";
    public const string SignatureHeader = "Sandbox-Signature";

    public string Name => ProviderName;

    public Task<ProviderCheckout> CreateCheckoutAsync(CheckoutSession session, CancellationToken cancellationToken)
    {
        var baseUrl = options.Value.Sandbox.BaseUrl.TrimEnd('/');
        return Task.FromResult(new ProviderCheckout($"cs_sbx_{session.Id:N}", $"{baseUrl}{ApiPrefix.V1}/billing/sandbox/checkout/{session.Id}"));
    }

    public Task CancelAtPeriodEndAsync(BillingSubscription subscription, CancellationToken cancellationToken)
    {
        Queue("subscription.canceled", new SandboxEventData(subscription.UserId, SubscriptionId: subscription.ProviderSubscriptionId));
        return Task.CompletedTask;
    }

    public BillingEvent? ParseWebhook(string payload, string? signatureHeader)
    {
        if (TimestampedSignature.Verify(payload, signatureHeader, secret.Key, time.GetUtcNow(), options.Value.WebhookTolerance) is { } rejected)
        {
            throw new PaymentWebhookRejectedException(rejected.Code, rejected.Message);
        }

        SandboxEvent? evt;
        try
        {
            evt = JsonSerializer.Deserialize<SandboxEvent>(payload, JsonDefaults.Options);
        }
        catch (JsonException)
        {
            throw new PaymentWebhookRejectedException("payload_invalid", "The webhook payload is not a sandbox event.");
        }

        if (evt is null)
        {
            throw new PaymentWebhookRejectedException("payload_invalid", "The webhook payload is empty.");
        }

        var kind = evt.Type switch
        {
            "payment.succeeded" => BillingEventKind.PaymentSucceeded,
            "payment.failed" => BillingEventKind.PaymentFailed,
            "subscription.canceled" => BillingEventKind.SubscriptionCanceled,
            "payment.refunded" => BillingEventKind.PaymentRefunded,
            _ => (BillingEventKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var d = evt.Data;
        return new BillingEvent(
            evt.Id, evt.Type, kind.Value, d.UserId, DateTimeOffset.FromUnixTimeSeconds(evt.Created), d.CheckoutSessionId, d.SubscriptionId,
            d.Plan, d.PaymentId, d.Amount, d.Currency, d.PeriodStart, d.PeriodEnd);
    }

    /// <summary>The sandbox "takes" the payment of a checkout: a new subscription, or a declined payment.</summary>
    public void PayCheckout(CheckoutSession session, bool succeed)
    {
        var now = time.GetUtcNow();
        if (succeed)
        {
            Queue("payment.succeeded", new SandboxEventData(
                session.UserId, session.ProviderSessionId, $"sub_sbx_{Guid.CreateVersion7():N}", session.Plan,
                $"pay_sbx_{Guid.CreateVersion7():N}", session.AmountMinor, session.Currency, now, PeriodEnd(now, session.Plan)));
        }
        else
        {
            Queue("payment.failed", new SandboxEventData(
                session.UserId, session.ProviderSessionId, Plan: session.Plan, PaymentId: $"pay_sbx_{Guid.CreateVersion7():N}",
                Amount: session.AmountMinor, Currency: session.Currency));
        }
    }

    /// <summary>The next period is paid (or its payment fails, leaving the subscription past due).</summary>
    public void Renew(BillingSubscription subscription, bool succeed)
    {
        var prices = options.Value;
        var amount = subscription.Plan == BillingPlan.Yearly ? prices.YearlyPriceMinor : prices.MonthlyPriceMinor;
        Queue(succeed ? "payment.succeeded" : "payment.failed", new SandboxEventData(
            subscription.UserId, SubscriptionId: subscription.ProviderSubscriptionId, Plan: subscription.Plan,
            PaymentId: $"pay_sbx_{Guid.CreateVersion7():N}", Amount: amount, Currency: prices.Currency,
            PeriodStart: succeed ? subscription.CurrentPeriodEnd : null,
            PeriodEnd: succeed ? PeriodEnd(subscription.CurrentPeriodEnd, subscription.Plan) : null));
    }

    public void Refund(Payment payment, BillingSubscription? subscription) =>
        Queue("payment.refunded", new SandboxEventData(
            payment.UserId, SubscriptionId: subscription?.ProviderSubscriptionId, Plan: payment.Plan, PaymentId: payment.ProviderPaymentId,
            Amount: payment.AmountMinor, Currency: payment.Currency));

    private static DateTimeOffset PeriodEnd(DateTimeOffset start, BillingPlan plan) =>
        plan == BillingPlan.Yearly ? start.AddYears(1) : start.AddMonths(1);

    private void Queue(string type, SandboxEventData data)
    {
        var now = time.GetUtcNow();
        var evt = new SandboxEvent($"evt_sbx_{Guid.CreateVersion7():N}", type, now.ToUnixTimeSeconds(), data);
        db.SandboxWebhooks.Add(new SandboxWebhook
        {
            Id = Guid.CreateVersion7(),
            Payload = JsonSerializer.Serialize(evt, JsonDefaults.Options),
            NextAttemptAt = now,
            CreatedAt = now,
        });
    }
}

internal sealed record SandboxEvent(string Id, string Type, long Created, SandboxEventData Data);

internal sealed record SandboxEventData(
    Guid UserId,
    string? CheckoutSessionId = null,
    string? SubscriptionId = null,
    BillingPlan? Plan = null,
    string? PaymentId = null,
    long Amount = 0,
    string? Currency = null,
    DateTimeOffset? PeriodStart = null,
    DateTimeOffset? PeriodEnd = null);
