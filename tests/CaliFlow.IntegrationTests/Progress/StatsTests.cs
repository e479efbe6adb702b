using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using StackExchange.Redis;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>
/// Totals, streaks and records. The app's clock stands still at Wednesday 10 June 2026, 12:00 UTC, so "today" cannot change
/// between the test's dates and the app's.
/// </summary>
public sealed class StatsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2026, 6, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new(services: s => s.AddSingleton<TimeProvider>(new FakeTimeProvider(Now)));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    [Fact]
    public async Task Stats_sum_the_logs_count_streaks_in_the_users_zone_keep_records_and_follow_new_logs()
    {
        var user = await _app.CreateUserAsync();
        const string zone = "Pacific/Kiritimati"; // UTC+14, no daylight saving
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { timeZone = zone, weightKg = 80 }, _ct)).EnsureSuccessStatusCode();
        // 12:00 UTC on the 10th is 02:00 on the 11th there: a streak counted on UTC's date would end a day short.
        var today = new DateOnly(2026, 6, 11);

        async Task Log(DateOnly on, decimal assistance) =>
            (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
            {
                id = Guid.CreateVersion7(),
                performedOn = on,
                durationMinutes = 30,
                exercises = new object[]
                {
                    new { exercise = "band-assisted-pull-up", sets = new[] { new { reps = 5, assistanceKg = assistance }, new { reps = 5, assistanceKg = assistance } } },
                    new { exercise = "plank", sets = new[] { new { holdSeconds = 40 } } },
                },
            }, _ct)).EnsureSuccessStatusCode();

        await Log(today.AddDays(-5), 30);
        await Log(today.AddDays(-2), 25);
        await Log(today.AddDays(-1), 20);

        // Each log: 30 min; pull-ups 2 sets × 5 reps; one 40 s plank; 3 sets in all. Logged on the 6th, 9th and 10th.
        var stats = await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct);
        stats.GetProperty("workouts").GetInt32().ShouldBe(3);
        stats.GetProperty("minutes").GetInt32().ShouldBe(90);
        stats.GetProperty("reps").GetInt32().ShouldBe(30);
        stats.GetProperty("holdSeconds").GetInt32().ShouldBe(120);
        stats.GetProperty("currentStreakDays").GetInt32().ShouldBe(2);
        stats.GetProperty("longestStreakDays").GetInt32().ShouldBe(2);
        var weeks = stats.GetProperty("weeklyVolume").EnumerateArray().ToList();
        weeks.Count.ShouldBe(12);
        weeks.Sum(w => w.GetProperty("setsByPattern").EnumerateObject().Sum(p => p.Value.GetInt32())).ShouldBe(9);
        var pullUpRecord = stats.GetProperty("personalRecords").EnumerateArray()
            .Single(r => r.GetProperty("bestReps").ValueKind == JsonValueKind.Number && r.GetProperty("bestReps").GetInt32() == 5);
        pullUpRecord.GetProperty("lastImprovedOn").GetString().ShouldBe(today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "less assistance at the same reps is a record");

        await using var redis = await ConnectionMultiplexer.ConnectAsync(_app.Redis);
        for (var i = 0; i < 50 && !await redis.GetDatabase().KeyExistsAsync($"califlow:progress:stats-json:{user.Id}"); i++)
        {
            await Task.Delay(50, _ct);
        }

        (await redis.GetDatabase().KeyExistsAsync($"califlow:progress:stats-json:{user.Id}")).ShouldBeTrue("the stats are cached");

        await Log(today, 10);
        var after = await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct);
        after.GetProperty("workouts").GetInt32().ShouldBe(4, "a new log invalidates the cached stats");
        after.GetProperty("currentStreakDays").GetInt32().ShouldBe(3);
        after.GetProperty("longestStreakDays").GetInt32().ShouldBe(3);
    }

    [Fact]
    public async Task An_edited_or_deleted_log_is_taken_out_of_the_totals_the_bests_and_the_streaks()
    {
        var user = await _app.CreateUserAsync();
        var today = new DateOnly(2026, 6, 10); // the user's zone is UTC
        async Task<Guid> Log(DateOnly on, int reps)
        {
            var id = Guid.CreateVersion7();
            (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
            {
                id,
                performedOn = on,
                durationMinutes = 20,
                exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps }, new { reps } } } },
            }, _ct)).EnsureSuccessStatusCode();
            return id;
        }

        var older = await Log(today.AddDays(-2), 10);
        var newer = await Log(today.AddDays(-1), 15);
        var before = await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct);
        before.GetProperty("workouts").GetInt32().ShouldBe(2);
        before.GetProperty("personalRecords")[0].GetProperty("bestReps").GetInt32().ShouldBe(15);
        before.GetProperty("longestStreakDays").GetInt32().ShouldBe(2);

        (await user.Client.DeleteAsync($"/v1/workout-logs/{newer}", _ct)).EnsureSuccessStatusCode();
        var afterDelete = await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct);
        afterDelete.GetProperty("workouts").GetInt32().ShouldBe(1);
        afterDelete.GetProperty("reps").GetInt32().ShouldBe(20);
        afterDelete.GetProperty("personalRecords")[0].GetProperty("bestReps").GetInt32().ShouldBe(10, "a deleted log's record goes with it");
        afterDelete.GetProperty("longestStreakDays").GetInt32().ShouldBe(1);

        (await user.Client.PatchAsJsonAsync($"/v1/workout-logs/{older}", new
        {
            exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps = 8 } } } },
        }, _ct)).EnsureSuccessStatusCode();
        var afterEdit = await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct);
        afterEdit.GetProperty("reps").GetInt32().ShouldBe(8);
        afterEdit.GetProperty("personalRecords")[0].GetProperty("bestReps").GetInt32().ShouldBe(8, "corrected sets replace the record");

        await Log(today, 12);
        var afterNew = await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct);
        afterNew.GetProperty("workouts").GetInt32().ShouldBe(2, "a log after the rebuild is folded into the rebuilt totals");
        afterNew.GetProperty("personalRecords")[0].GetProperty("bestReps").GetInt32().ShouldBe(12);
    }
}
