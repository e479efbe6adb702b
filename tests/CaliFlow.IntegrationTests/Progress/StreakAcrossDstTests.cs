using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>
/// Streaks count the user's local days. 29 March 2026 22:30 UTC is already 30 March 00:30 in Berlin, because summer time
/// began that morning (UTC+2): a server counting in UTC, or with the winter offset, would still say the 29th.
/// </summary>
public sealed class StreakAcrossDstTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 29, 22, 30, 0, TimeSpan.Zero));
    private readonly CaliFlowApp _app;

    public StreakAcrossDstTests() => _app = new CaliFlowApp(services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task The_current_streak_runs_to_the_users_own_today_across_the_clock_change()
    {
        var user = await _app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { timeZone = "Europe/Berlin" }, _ct)).EnsureSuccessStatusCode();
        foreach (var day in new[] { "2026-03-27", "2026-03-28", "2026-03-29", "2026-03-30" })
        {
            (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
            {
                id = Guid.CreateVersion7(),
                performedOn = day,
                exercises = new[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
            }, _ct)).EnsureSuccessStatusCode(); // the 30th is today in Berlin, so it is not "in the future"
        }

        var stats = await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct);

        stats.GetProperty("currentStreakDays").GetInt32().ShouldBe(4);
        stats.GetProperty("longestStreakDays").GetInt32().ShouldBe(4);
    }
}
