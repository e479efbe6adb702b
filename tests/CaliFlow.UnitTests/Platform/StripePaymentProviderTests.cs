using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaliFlow.Modules.Platform.Billing;
using Microsoft.Extensions.Options;
using Shouldly;

namespace CaliFlow.UnitTests.Platform;

/// <summary>
/// The Stripe adapter's webhook side, fed events in the shape Stripe sends them (StripeEvents/*.json, written after Stripe's
/// API reference for the API version the installed Stripe.net reads) and signed the way Stripe signs them.
/// </summary>
public sealed class StripePaymentProviderTests
{
    private const string WebhookSecret = "whsec_test_8f3a1c9e5b7d2f4a6c8e0b1d3f5a7c9e";

    // Every recorded event was created at 2026-11-27T08:00:00Z (unix 1795766400); Stripe delivers it five seconds later.
    private static readonly DateTimeOffset Created = new(2026, 11, 27, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Created.AddSeconds(5);

    private static StripePaymentProvider Provider(string webhookSecret = WebhookSecret) => new(
        Options.Create(new BillingOptions
        {
            Provider = StripePaymentProvider.ProviderName,
            WebhookTolerance = TimeSpan.FromMinutes(5),
            Stripe = new StripeBillingOptions { WebhookSecret = webhookSecret },
        }),
        new FixedClock(Now));

    private static string Recorded(string type) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Platform", "StripeEvents", $"{type}.json"));

    /// <summary>Stripe's Stripe-Signature header: t=unix time, v1=hex HMAC-SHA256 of "{t}.{payload}" keyed with the endpoint's secret.</summary>
    private static string Sign(string payload, DateTimeOffset at, string secret = WebhookSecret)
    {
        var t = at.ToUnixTimeSeconds();
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{t}.{payload}"));
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    private static BillingEvent? Parse(string type)
    {
        var payload = Recorded(type);
        return Provider().ParseWebhook(payload, Sign(payload, Now));
    }

    [Fact]
    public void The_recorded_events_are_in_the_API_version_the_installed_Stripe_net_reads()
    {
        // When Stripe.net moves to another API version, objects may change shape: record the events again from its reference.
        string[] types = ["invoice.paid", "invoice.payment_failed", "customer.subscription.updated", "customer.subscription.updated-renewed",
                          "customer.subscription.deleted", "checkout.session.completed"];
        foreach (var type in types)
        {
            JsonDocument.Parse(Recorded(type)).RootElement.GetProperty("api_version").GetString().ShouldBe(Stripe.StripeConfiguration.ApiVersion, type);
        }
    }

    [Fact]
    public void A_paid_invoice_is_a_successful_payment_for_the_user_and_plan_in_its_subscriptions_metadata()
    {
        Parse("invoice.paid").ShouldBe(new BillingEvent(
            EventId: "evt_1TQm3xE4kLpQ2sVbN7cR8dWy",
            Type: "invoice.paid",
            Kind: BillingEventKind.PaymentSucceeded,
            UserId: Guid.Parse("0196f2a4-1b2c-7d3e-9f4a-5b6c7d8e9f0a"),
            OccurredAt: Created,
            SubscriptionRef: "sub_1TQm3uE4kLpQ2sVbH6yT4rEw",
            Plan: BillingPlan.Monthly,
            PaymentRef: "in_1TQm3vE4kLpQ2sVbK2hJ5tGm",
            AmountMinor: 999, // amount_paid, in cents
            Currency: "EUR",
            PeriodStart: Created, // the line's period: 1795766400 ..
            PeriodEnd: new DateTimeOffset(2026, 12, 27, 8, 0, 0, TimeSpan.Zero))); // .. 1798358400 = + 30 × 86 400 s
    }

    [Fact]
    public void A_failed_invoice_payment_is_a_failed_payment_of_the_amount_due()
    {
        Parse("invoice.payment_failed").ShouldBe(new BillingEvent(
            EventId: "evt_1TQm8pE4kLpQ2sVbZ4xW2nQe",
            Type: "invoice.payment_failed",
            Kind: BillingEventKind.PaymentFailed,
            UserId: Guid.Parse("019a6b1c-0a1b-7c2d-8e3f-4a5b6c7d8e9f"),
            OccurredAt: Created,
            SubscriptionRef: "sub_1SbR4tE4kLpQ2sVbYearly01",
            Plan: BillingPlan.Yearly,
            PaymentRef: "in_1TQm8nE4kLpQ2sVbR5tY7uIo",
            AmountMinor: 9_900, // amount_due; amount_paid is 0
            Currency: "EUR",
            PeriodStart: Created, // the renewal's period: 1795766400 ..
            PeriodEnd: new DateTimeOffset(2027, 11, 27, 8, 0, 0, TimeSpan.Zero))); // .. 1827302400 = + 365 × 86 400 s
    }

    [Fact]
    public void A_subscription_set_to_cancel_at_the_period_end_is_a_cancellation()
    {
        Parse("customer.subscription.updated").ShouldBe(new BillingEvent(
            EventId: "evt_1TQm4aE4kLpQ2sVbC3vB9nMx",
            Type: "customer.subscription.updated",
            Kind: BillingEventKind.SubscriptionCanceled,
            UserId: Guid.Parse("019a2f3e-1a2b-7c3d-9e4f-5a6b7c8d9e0f"),
            OccurredAt: Created,
            SubscriptionRef: "sub_1SsQ7hE4kLpQ2sVbW8eR3tYu"));
    }

    [Fact]
    public void A_deleted_subscription_is_a_cancellation()
    {
        Parse("customer.subscription.deleted").ShouldBe(new BillingEvent(
            EventId: "evt_1TQm5bE4kLpQ2sVbD4wE6rTz",
            Type: "customer.subscription.deleted",
            Kind: BillingEventKind.SubscriptionCanceled,
            UserId: Guid.Parse("0199a1b2-0f1e-7d2c-9b3a-4f5e6d7c8b9a"),
            OccurredAt: Created,
            SubscriptionRef: "sub_1SgK2mE4kLpQ2sVbP9oI8uYt"));
    }

    [Theory]
    [InlineData("customer.subscription.updated-renewed")] // a renewal moves the period: the paid invoice is what counts
    [InlineData("checkout.session.completed")] // premium opens with the subscription's paid invoice, not the checkout
    public void Events_billing_does_not_act_on_are_accepted_and_ignored(string type) => Parse(type).ShouldBeNull();

    [Fact]
    public void An_invoice_of_a_subscription_that_is_not_ours_is_ignored()
    {
        var payload = Recorded("invoice.paid").Replace("califlow_user_id", "other_app_user_id", StringComparison.Ordinal);

        Provider().ParseWebhook(payload, Sign(payload, Now)).ShouldBeNull();
    }

    [Fact]
    public void A_signature_up_to_the_tolerance_old_is_accepted()
    {
        var payload = Recorded("invoice.paid");

        Provider().ParseWebhook(payload, Sign(payload, Now.AddMinutes(-5))).ShouldNotBeNull().EventId.ShouldBe("evt_1TQm3xE4kLpQ2sVbN7cR8dWy");
    }

    [Theory]
    [InlineData("the amount changed after signing")]
    [InlineData("signed with another secret")]
    [InlineData("signed 5 min 1 s ago, the tolerance being 5 min")]
    [InlineData("no header, which the endpoint passes as an empty string")]
    [InlineData("a header without its timestamp")]
    public void A_webhook_not_provably_from_stripe_is_rejected(string forgery)
    {
        var signed = Recorded("invoice.paid");
        var (payload, header) = forgery switch
        {
            "the amount changed after signing" => (signed.Replace("\"amount_paid\": 999", "\"amount_paid\": 1", StringComparison.Ordinal), Sign(signed, Now)),
            "signed with another secret" => (signed, Sign(signed, Now, "whsec_test_not_the_endpoints_secret_00000000")),
            "signed 5 min 1 s ago, the tolerance being 5 min" => (signed, Sign(signed, Now.AddMinutes(-5).AddSeconds(-1))),
            "no header, which the endpoint passes as an empty string" => (signed, ""),
            "a header without its timestamp" => (signed, Sign(signed, Now).Split(',')[1]),
            _ => throw new ArgumentOutOfRangeException(nameof(forgery)),
        };

        Should.Throw<PaymentWebhookRejectedException>(() => Provider().ParseWebhook(payload, header)).Code.ShouldBe("signature_invalid");
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
