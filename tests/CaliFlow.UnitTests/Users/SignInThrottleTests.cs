using CaliFlow.Modules.Users.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Users;

public sealed class SignInThrottleTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Waits_start_at_the_fifth_failure_double_and_stop_at_fifteen_minutes() =>
        Enumerable.Range(5, 8).Select(SignInThrottle.DelayAfter).ShouldBe(
        [
            TimeSpan.FromSeconds(30), TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(4),
            TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15), TimeSpan.FromMinutes(15),
        ]);

    [Fact]
    public void Four_failures_hold_nothing_back_and_the_fifth_holds_the_next_attempt()
    {
        var throttle = SignInThrottle.Start("a@b.test", "203.0.113.1");
        for (var failure = 1; failure <= 4; failure++)
        {
            throttle.RecordFailure(Now);
            throttle.WaitBeforeNextAttempt(Now).ShouldBeNull();
        }

        throttle.RecordFailure(Now);
        throttle.WaitBeforeNextAttempt(Now).ShouldBe(TimeSpan.FromSeconds(30));
        throttle.WaitBeforeNextAttempt(Now.AddSeconds(30)).ShouldBeNull();
    }

    [Fact]
    public void A_day_without_failures_starts_the_count_again()
    {
        var throttle = SignInThrottle.Start("a@b.test", "203.0.113.1");
        for (var failure = 1; failure <= 6; failure++)
        {
            throttle.RecordFailure(Now);
        }

        throttle.RecordFailure(Now.AddDays(1).AddSeconds(1));

        throttle.Failures.ShouldBe(1);
        throttle.WaitBeforeNextAttempt(Now.AddDays(1).AddSeconds(1)).ShouldBeNull();
    }
}
