using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using StackExchange.Redis;

namespace CaliFlow.IntegrationTests.Programming;

/// <summary>
/// "Today" is the user's today: across time zones, around their midnight, and after changes. The app runs on a clock the test
/// moves; zones without daylight saving keep the arithmetic plain.
/// </summary>
public sealed class TodayWorkoutTests : IAsyncLifetime
{
    private const string Kiritimati = "Pacific/Kiritimati"; // UTC+14
    private const string PagoPago = "Pacific/Pago_Pago"; // UTC-11

    // Monday 2 March 2026, 11:30 UTC: already Tuesday 01:30 in Kiritimati, still Monday 00:30 in Pago Pago.
    private static readonly DateTimeOffset Monday1130Utc = new(2026, 3, 2, 11, 30, 0, TimeSpan.Zero);
    private static readonly DateOnly Monday = new(2026, 3, 2);
    private static readonly DateOnly Tuesday = new(2026, 3, 3);

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(Monday1130Utc);
    private readonly CaliFlowApp _app;

    public TodayWorkoutTests() => _app = new CaliFlowApp(services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<TestUser> AthleteWithPlanAsync(string timeZone)
    {
        var user = await _app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            timeZone,
            trainingDaysPerWeek = 3,
            preferredWeekdays = new[] { "tuesday", "thursday", "saturday" },
        }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).EnsureSuccessStatusCode();
        return user;
    }

    private async Task<TodayWorkout> TodayAsync(TestUser user) =>
        (await user.Client.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", _ct))!;

    [Fact]
    public async Task Today_is_the_users_own_date_or_else_the_next_session_is_marked_as_such()
    {
        var east = await AthleteWithPlanAsync(Kiritimati);
        var west = await AthleteWithPlanAsync(PagoPago);

        var eastToday = await TodayAsync(east);
        eastToday.Date.ShouldBe(Tuesday);
        eastToday.IsToday.ShouldBeTrue();
        eastToday.Session!.Date.ShouldBe(Tuesday);

        var westToday = await TodayAsync(west);
        westToday.Date.ShouldBe(Monday);
        westToday.IsToday.ShouldBeFalse();
        westToday.Session!.Date.ShouldBe(Tuesday);
    }

    [Fact]
    public async Task At_local_midnight_today_moves_on_and_the_cache_lives_no_longer_than_that()
    {
        var west = await AthleteWithPlanAsync(PagoPago);
        (await TodayAsync(west)).IsToday.ShouldBeFalse();

        _clock.Advance(TimeSpan.FromHours(23)); // 23:30 Monday in Pago Pago
        west = west with { Client = await SignInAgainAsync(west) };
        var beforeMidnight = await TodayAsync(west);
        beforeMidnight.Date.ShouldBe(Monday);
        beforeMidnight.IsToday.ShouldBeFalse();

        _clock.Advance(TimeSpan.FromHours(1)); // 00:30 Tuesday
        west = west with { Client = await SignInAgainAsync(west) }; // access tokens last 15 minutes, on the same clock
        var afterMidnight = await TodayAsync(west);
        afterMidnight.Date.ShouldBe(Tuesday);
        afterMidnight.IsToday.ShouldBeTrue();
        afterMidnight.Session!.Date.ShouldBe(Tuesday);

        await using var redis = await ConnectionMultiplexer.ConnectAsync(_app.Redis);
        var ttl = await redis.GetDatabase().KeyTimeToLiveAsync($"califlow:programming:today-json:{west.Id}");
        ttl.ShouldNotBeNull();
        ttl.Value.ShouldBeLessThanOrEqualTo(TimeSpan.FromHours(23.5), "cached until the next local midnight at most");
        ttl.Value.ShouldBeGreaterThan(TimeSpan.FromHours(23));
    }

    [Fact]
    public async Task Skipping_today_and_changing_the_time_zone_both_refresh_the_cached_workout()
    {
        var east = await AthleteWithPlanAsync(Kiritimati);
        var today = await TodayAsync(east);
        today.IsToday.ShouldBeTrue();

        (await east.Client.PostAsJsonAsync($"/v1/sessions/{today.Session!.Id}/skip", new { }, _ct)).EnsureSuccessStatusCode();
        var afterSkip = await TodayAsync(east);
        afterSkip.IsToday.ShouldBeFalse();
        afterSkip.Session!.Date.ShouldBeGreaterThan(Tuesday);

        // The profile lives in another module: the change reaches Programming as an integration event through the outbox.
        (await east.Client.PatchAsJsonAsync("/v1/me/profile", new { timeZone = PagoPago }, _ct)).EnsureSuccessStatusCode();
        for (var attempt = 0; attempt < 100 && (await TodayAsync(east)).TimeZone != PagoPago; attempt++)
        {
            _clock.Advance(TimeSpan.FromSeconds(1)); // lets the dispatcher's poll timer fire
            await Task.Delay(20, _ct);
        }

        var moved = await TodayAsync(east);
        moved.TimeZone.ShouldBe(PagoPago);
        moved.Date.ShouldBe(Monday);
    }

    private async Task<HttpClient> SignInAgainAsync(TestUser user) =>
        _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken);
}
