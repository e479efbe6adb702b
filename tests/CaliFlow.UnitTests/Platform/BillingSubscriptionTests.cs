using CaliFlow.Modules.Platform.Billing;
using Shouldly;

namespace CaliFlow.UnitTests.Platform;

/// <summary>The subscription state machine: active → past-due → canceled → expired, renewals, refunds.</summary>
public sealed class BillingSubscriptionTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    private static BillingSubscription Monthly() =>
        BillingSubscription.Start(Guid.NewGuid(), "sandbox", "sub_1", BillingPlan.Monthly, Start, Start.AddMonths(1));

    [Fact]
    public void A_paid_subscription_entitles_premium_until_its_period_ends()
    {
        var subscription = Monthly();

        subscription.Status.ShouldBe(SubscriptionStatus.Active);
        subscription.EntitlesPremium(Start.AddDays(29)).ShouldBeTrue();
        subscription.EntitlesPremium(Start.AddMonths(1)).ShouldBeFalse();
    }

    [Fact]
    public void A_failed_renewal_keeps_premium_to_the_period_end_and_a_later_payment_makes_it_active_again()
    {
        var subscription = Monthly();

        subscription.MarkPastDue().ShouldBeTrue();
        subscription.MarkPastDue().ShouldBeFalse();
        subscription.EntitlesPremium(Start.AddDays(10)).ShouldBeTrue();

        subscription.Renew(Start.AddMonths(1), Start.AddMonths(2)).ShouldBeTrue();
        subscription.Status.ShouldBe(SubscriptionStatus.Active);
        subscription.CurrentPeriodEnd.ShouldBe(Start.AddMonths(2));
    }

    [Fact]
    public void A_repeated_or_older_renewal_changes_nothing()
    {
        var subscription = Monthly();
        subscription.Renew(Start.AddMonths(1), Start.AddMonths(2)).ShouldBeTrue();

        subscription.Renew(Start.AddMonths(1), Start.AddMonths(2)).ShouldBeFalse();
        subscription.Renew(Start, Start.AddMonths(1)).ShouldBeFalse();
        subscription.CurrentPeriodEnd.ShouldBe(Start.AddMonths(2));
    }

    [Fact]
    public void A_cancellation_keeps_premium_until_the_period_ends_then_expiry_ends_it()
    {
        var subscription = Monthly();

        subscription.Cancel(Start.AddDays(3)).ShouldBeTrue();
        subscription.Cancel(Start.AddDays(4)).ShouldBeFalse();
        subscription.EntitlesPremium(Start.AddDays(20)).ShouldBeTrue();

        subscription.Expire(Start.AddMonths(1)).ShouldBeTrue();
        subscription.Status.ShouldBe(SubscriptionStatus.Expired);
        subscription.CurrentPeriodEnd.ShouldBe(Start.AddMonths(1));
        subscription.Renew(Start.AddMonths(1), Start.AddMonths(2)).ShouldBeFalse();
    }

    [Fact]
    public void A_refund_ends_premium_at_once()
    {
        var subscription = Monthly();
        var refundedAt = Start.AddDays(5);

        subscription.Expire(refundedAt).ShouldBeTrue();

        subscription.CurrentPeriodEnd.ShouldBe(refundedAt);
        subscription.EntitlesPremium(refundedAt.AddSeconds(1)).ShouldBeFalse();
        subscription.Expire(refundedAt.AddDays(1)).ShouldBeFalse();
    }
}
