using CaliFlow.Modules.Platform.OutboundWebhooks;
using Shouldly;

namespace CaliFlow.UnitTests.Platform;

/// <summary>
/// The pure parts of the webhook queue: an endpoint's failing streak and when it is disabled, its lease, and a delivery's
/// backoff. (Claims, leases across instances and quotas are proven over HTTP in the integration tests.)
/// </summary>
public sealed class WebhookEndpointTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    private static WebhookEndpoint Endpoint() =>
        WebhookEndpoint.Register(Guid.NewGuid(), "https://example.com/hook", ["workout.completed"], "whsec_test");

    private static WebhookDeliveryAttempt Failed(DateTimeOffset at, int? status = 503, string? error = null) =>
        new() { AttemptedAt = at, StatusCode = status, Error = error };

    private static WebhookDeliveryAttempt Accepted(DateTimeOffset at) => new() { AttemptedAt = at, StatusCode = 204 };

    [Fact]
    public void Failures_for_less_than_a_day_only_mark_the_endpoint_failing_and_an_accepted_attempt_clears_that()
    {
        var endpoint = Endpoint();

        endpoint.RecordOutcome(Failed(Start), Day).ShouldBeFalse();
        endpoint.RecordOutcome(Failed(Start.AddHours(23)), Day).ShouldBeFalse();
        endpoint.FailingSince.ShouldBe(Start);
        endpoint.Disabled.ShouldBeFalse();

        endpoint.RecordOutcome(Accepted(Start.AddHours(23.5)), Day).ShouldBeFalse();
        endpoint.FailingSince.ShouldBeNull();
        endpoint.RecordOutcome(Failed(Start.AddHours(30)), Day).ShouldBeFalse();
        endpoint.FailingSince.ShouldBe(Start.AddHours(30));
    }

    [Fact]
    public void A_failure_a_day_after_the_first_of_a_streak_disables_the_endpoint_once_with_a_reason()
    {
        var endpoint = Endpoint();
        endpoint.RecordOutcome(Failed(Start), Day);

        endpoint.RecordOutcome(Failed(Start.AddDays(1), status: null, error: "timeout"), Day).ShouldBeTrue();

        endpoint.Disabled.ShouldBeTrue();
        endpoint.DisabledAt.ShouldBe(Start.AddDays(1));
        endpoint.DisabledReason.ShouldBe("No delivery was accepted since 2026-11-01 08:00 UTC (the last attempt: timeout).");
        endpoint.RecordOutcome(Failed(Start.AddDays(2)), Day).ShouldBeFalse("it is disabled once");

        endpoint.Enable();
        endpoint.Disabled.ShouldBeFalse();
        endpoint.DisabledReason.ShouldBeNull();
        endpoint.FailingSince.ShouldBeNull();
        endpoint.RecordOutcome(Failed(Start.AddDays(3)), Day).ShouldBeFalse("enabling starts a new count");
    }

    [Fact]
    public void A_reason_names_the_status_code_the_receiver_answered()
    {
        var endpoint = Endpoint();
        endpoint.RecordOutcome(Failed(Start, status: 410), TimeSpan.Zero).ShouldBeTrue();

        endpoint.DisabledReason!.ShouldContain("HTTP 410");
    }

    [Fact]
    public void Extending_the_lease_moves_its_end_and_giving_it_up_clears_it()
    {
        var endpoint = Endpoint();

        endpoint.ExtendLease(Start.AddSeconds(30));
        endpoint.LeasedUntil.ShouldBe(Start.AddSeconds(30));
        endpoint.ReleaseLease();
        endpoint.LeasedUntil.ShouldBeNull();
        endpoint.LeaseToken.ShouldBeNull();
    }

    [Fact]
    public void A_refused_delivery_is_retried_with_doubling_delays_until_its_attempts_run_out()
    {
        var delivery = WebhookDelivery.Queue(Guid.NewGuid(), Guid.NewGuid(), "workout.completed", "{}", Start);
        var retryBase = TimeSpan.FromSeconds(30);

        delivery.Record(Failed(Start), maxAttempts: 3, retryBase);
        delivery.NextAttemptAt.ShouldBe(Start.AddSeconds(30));
        delivery.Record(Failed(Start.AddMinutes(1)), maxAttempts: 3, retryBase);
        delivery.NextAttemptAt.ShouldBe(Start.AddMinutes(2));
        delivery.Status.ShouldBe(WebhookDeliveryStatus.Pending);

        delivery.Record(Failed(Start.AddMinutes(3)), maxAttempts: 3, retryBase);
        delivery.Status.ShouldBe(WebhookDeliveryStatus.Failed);
        delivery.AttemptLog.Count.ShouldBe(3);
    }
}
