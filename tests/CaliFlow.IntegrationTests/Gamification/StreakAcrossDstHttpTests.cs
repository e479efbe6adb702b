using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using static CaliFlow.IntegrationTests.Gamification.GamificationTestHelpers;

namespace CaliFlow.IntegrationTests.Gamification;

/// <summary>
/// Streaks in the user's local dates across the start of summer time: 29 March 2026 22:30 UTC is already 30 March in Berlin
/// (UTC+2 since that morning). The week of 23-29 March (whose Sunday had 23 hours) holds three workouts, the planned number.
/// </summary>
public sealed class StreakAcrossDstHttpTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 29, 22, 30, 0, TimeSpan.Zero));
    private readonly CaliFlowApp _app;

    public StreakAcrossDstHttpTests() => _app = new CaliFlowApp(services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Days_and_weeks_are_counted_in_the_users_time_zone_across_the_clock_change()
    {
        var user = await _app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { timeZone = "Europe/Berlin", trainingDaysPerWeek = 3 }, _ct)).EnsureSuccessStatusCode();
        foreach (var day in new[] { "2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30" })
        {
            (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
            {
                id = Guid.CreateVersion7(),
                performedOn = day,
                exercises = new[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
            }, _ct)).EnsureSuccessStatusCode();
        }

        // The outbox waits on the (fake) clock between polls: nudge it forward a little each time.
        var mine = await MineWhenAsync(
            user.Client, m => m.GetProperty("streaks").GetProperty("bestDays").GetInt32() == 4, () => _clock.Advance(TimeSpan.FromMilliseconds(500)));

        var streaks = mine.GetProperty("streaks");
        streaks.GetProperty("today").GetString().ShouldBe("2026-03-30");
        streaks.GetProperty("currentDays").GetInt32().ShouldBe(4);
        streaks.GetProperty("currentTrainingWeeks").GetInt32().ShouldBe(1, "23-29 March was met; this week is still open");
        streaks.GetProperty("freezeTokens").GetInt32().ShouldBe(2);
        Codes(mine.GetProperty("unlocked")).ShouldContain("day-streak-3");
    }
}
