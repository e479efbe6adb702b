using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing.ReceivePaymentWebhook;

/// <summary>
/// Verifies a payment provider's webhook and runs the subscription state machine with it. Each provider event id is handled once: the
/// (provider, event id) row is claimed first, in the same transaction as the changes it causes.
/// </summary>
internal sealed class ReceivePaymentWebhookHandler(
    PlatformDbContext db, IPaymentProvider provider, BillingChanges changes, IOptions<BillingOptions> options, IHostEnvironment environment,
    TimeProvider time)
    : ICommandHandler<ReceivePaymentWebhookCommand, Result<PaymentWebhookReceipt>>
{
    public async ValueTask<Result<PaymentWebhookReceipt>> Handle(ReceivePaymentWebhookCommand command, CancellationToken cancellationToken)
    {
        if (!string.Equals(command.Provider, provider.Name, StringComparison.OrdinalIgnoreCase) ||
            (options.Value.UsesSandbox && !options.Value.SandboxServed(environment)))
        {
            return Error.NotFound("billing_provider_not_configured", $"Billing here uses the '{provider.Name}' provider.");
        }

        BillingEvent? evt;
        try
        {
            evt = provider.ParseWebhook(command.Payload, command.Signature);
        }
        catch (PaymentWebhookRejectedException ex)
        {
            return Error.Validation(ex.Code, ex.Message);
        }

        if (evt is null)
        {
            return new PaymentWebhookReceipt(true, false, true);
        }

        var now = time.GetUtcNow();
        var claimed = await db.Database.ExecuteSqlAsync($"""
            INSERT INTO system.received_webhooks (provider, event_id, type, received_at)
            VALUES ({provider.Name}, {evt.EventId}, {evt.Type}, {now}) ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (claimed == 0)
        {
            return new PaymentWebhookReceipt(true, true, false);
        }

        var subscription = evt.SubscriptionRef is null
            ? null
            : await db.Subscriptions.SingleOrDefaultAsync(
                s => s.Provider == provider.Name && s.ProviderSubscriptionId == evt.SubscriptionRef, cancellationToken);
        var session = evt.CheckoutSessionId is null
            ? null
            : await db.CheckoutSessions.SingleOrDefaultAsync(
                c => c.Provider == provider.Name && c.ProviderSessionId == evt.CheckoutSessionId, cancellationToken);

        (BillingSubscription? Subscription, string? Reason) changed = evt.Kind switch
        {
            BillingEventKind.PaymentSucceeded => await PaidAsync(evt, subscription, session, cancellationToken),
            BillingEventKind.PaymentFailed => await PaymentFailedAsync(evt, subscription, session, cancellationToken),
            BillingEventKind.SubscriptionCanceled => subscription?.Cancel(now) == true ? (subscription, "Canceled at the period's end") : default,
            BillingEventKind.PaymentRefunded => await RefundedAsync(evt, subscription, cancellationToken),
            _ => default,
        };
        if (changed.Subscription is not null)
        {
            await changes.PublishAsync(changed.Subscription, changed.Reason!, cancellationToken);
        }

        return new PaymentWebhookReceipt(true, false, false);
    }

    private async Task<(BillingSubscription? Subscription, string? Reason)> PaidAsync(
        BillingEvent evt, BillingSubscription? subscription, CheckoutSession? session, CancellationToken cancellationToken)
    {
        session?.Complete();
        var plan = evt.Plan ?? session?.Plan ?? subscription?.Plan ?? BillingPlan.Monthly;
        var start = evt.PeriodStart ?? evt.OccurredAt;
        var end = evt.PeriodEnd ?? (plan == BillingPlan.Yearly ? start.AddYears(1) : start.AddMonths(1));
        string? reason = null;
        if (subscription is null && evt.SubscriptionRef is not null)
        {
            subscription = BillingSubscription.Start(evt.UserId, provider.Name, evt.SubscriptionRef, plan, start, end);
            db.Subscriptions.Add(subscription);
            reason = "Paid";
        }
        else if (subscription?.Renew(start, end) == true)
        {
            reason = "Renewed";
        }

        await RecordPaymentAsync(evt, subscription, plan, PaymentStatus.Succeeded, cancellationToken);
        return reason is null ? default : (subscription, reason);
    }

    private async Task<(BillingSubscription? Subscription, string? Reason)> PaymentFailedAsync(
        BillingEvent evt, BillingSubscription? subscription, CheckoutSession? session, CancellationToken cancellationToken)
    {
        session?.Fail();
        await RecordPaymentAsync(evt, subscription, evt.Plan ?? session?.Plan ?? subscription?.Plan ?? BillingPlan.Monthly, PaymentStatus.Failed, cancellationToken);
        return subscription?.MarkPastDue() == true ? (subscription, "Renewal payment failed") : default;
    }

    private async Task<(BillingSubscription? Subscription, string? Reason)> RefundedAsync(
        BillingEvent evt, BillingSubscription? subscription, CancellationToken cancellationToken)
    {
        var payment = evt.PaymentRef is null
            ? null
            : await db.Payments.SingleOrDefaultAsync(p => p.Provider == provider.Name && p.ProviderPaymentId == evt.PaymentRef, cancellationToken);
        payment?.Refund(time.GetUtcNow());
        // A refund takes back what was paid for: premium ends now, not at the end of the period.
        return subscription?.Expire(time.GetUtcNow()) == true ? (subscription, "Refunded") : default;
    }

    private async Task RecordPaymentAsync(
        BillingEvent evt, BillingSubscription? subscription, BillingPlan plan, PaymentStatus status, CancellationToken cancellationToken)
    {
        if (evt.PaymentRef is null || evt.Currency is null ||
            await db.Payments.AnyAsync(p => p.Provider == provider.Name && p.ProviderPaymentId == evt.PaymentRef, cancellationToken))
        {
            return;
        }

        db.Payments.Add(Payment.Record(
            evt.UserId, subscription?.Id, provider.Name, evt.PaymentRef, plan, evt.AmountMinor, evt.Currency, status, evt.OccurredAt));
    }
}
