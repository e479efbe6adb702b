using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

public sealed record SyncChangesOut(WorkoutLogOut[] WorkoutLogs, Guid[] DeletedWorkoutLogs, JsonElement[] Metrics, string? NextCursor, bool HasMore);

/// <summary>
/// A device catches up from a cursor: new and changed rows, deletions as tombstones, pages. Rows are stamped by the database's
/// clock and settle on the API's, which the test moves (<see cref="SyncSettling"/>).
/// </summary>
public sealed class DeltaSyncTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CaliFlowApp _app;

    public DeltaSyncTests() => _app = new CaliFlowApp(services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static object Workout(Guid id) => new
    {
        id,
        performedOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1),
        exercises = new[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
    };

    [Fact]
    public async Task A_device_gets_every_change_once_in_pages_with_deletions_as_tombstones()
    {
        var user = await _app.CreateUserAsync();
        var first = Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7()).ToList();
        foreach (var id in first)
        {
            (await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(id), _ct)).EnsureSuccessStatusCode();
        }

        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        (await user.Client.PostAsJsonAsync("/v1/metrics", new { type = "body-weight", recordedOn = yesterday, bodyWeight = new { weightKg = 75 } }, _ct))
            .EnsureSuccessStatusCode();

        // Nothing is handed out until it has settled.
        var early = await Changes(user, null);
        early.WorkoutLogs.ShouldBeEmpty();
        early.Metrics.ShouldBeEmpty();

        await _clock.LetEverythingSettleAsync(_app);
        user = user with { Client = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken) };
        var page1 = await Changes(user, null, limit: 2);
        page1.HasMore.ShouldBeTrue();
        var page2 = await Changes(user, page1.NextCursor, limit: 2);
        page2.HasMore.ShouldBeFalse();
        page1.WorkoutLogs.Concat(page2.WorkoutLogs).Select(l => l.Id).ShouldBe(first);
        (page1.Metrics.Length + page2.Metrics.Length).ShouldBe(1);

        var quiet = await Changes(user, page2.NextCursor);
        quiet.WorkoutLogs.ShouldBeEmpty();
        quiet.NextCursor.ShouldBe(page2.NextCursor);

        (await user.Client.DeleteAsync($"/v1/workout-logs/{first[0]}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.Client.PatchAsJsonAsync($"/v1/workout-logs/{first[1]}", new { notes = "edited on the web" }, _ct)).EnsureSuccessStatusCode();
        var added = Guid.CreateVersion7();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(added), _ct)).EnsureSuccessStatusCode();
        await _clock.LetEverythingSettleAsync(_app);
        user = user with { Client = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken) };

        var later = await Changes(user, page2.NextCursor);
        later.DeletedWorkoutLogs.ShouldBe([first[0]]);
        later.WorkoutLogs.Select(l => l.Id).ShouldBe([first[1], added]);
        later.Metrics.ShouldBeEmpty();

        var stranger = await _app.CreateUserAsync();
        await _clock.LetEverythingSettleAsync(_app);
        stranger = stranger with { Client = _app.Authorized((await _app.LoginAsync(stranger.Email, stranger.Password)).AccessToken) };
        (await Changes(stranger, null)).WorkoutLogs.ShouldBeEmpty();
        (await stranger.Client.GetAsync("/v1/sync/changes?since=garbage!", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_raw_sql_update_moves_updated_at_and_the_row_is_handed_out_again_after_the_earlier_cursor()
    {
        var user = await _app.CreateUserAsync();
        var id = Guid.CreateVersion7();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(id), _ct)).EnsureSuccessStatusCode();
        await _clock.LetEverythingSettleAsync(_app);
        user = user with { Client = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken) };
        var synced = await Changes(user, null);
        synced.WorkoutLogs.Select(l => l.Id).ShouldBe([id]);
        var createdAt = await _app.ScalarAsync<DateTime>("SELECT created_at FROM progress.workout_logs WHERE id = $1", id);
        var updatedAt = await _app.ScalarAsync<DateTime>("SELECT updated_at FROM progress.workout_logs WHERE id = $1", id);

        // A fix made by hand, naming neither timestamp: the trigger moves updated_at all the same.
        (await _app.ExecuteAsync("UPDATE progress.workout_logs SET duration_minutes = 45 WHERE id = $1", id)).ShouldBe(1);

        (await _app.ScalarAsync<DateTime>("SELECT updated_at FROM progress.workout_logs WHERE id = $1", id)).ShouldBeGreaterThan(updatedAt);
        (await _app.ScalarAsync<DateTime>("SELECT created_at FROM progress.workout_logs WHERE id = $1", id)).ShouldBe(createdAt);
        await _clock.LetEverythingSettleAsync(_app);
        user = user with { Client = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken) };
        var again = await Changes(user, synced.NextCursor);
        again.WorkoutLogs.Select(l => (l.Id, l.DurationMinutes)).ShouldBe([(id, (int?)45)]);
    }

    private async Task<SyncChangesOut> Changes(TestUser user, string? since, int limit = 200) =>
        (await user.Client.GetFromJsonAsync<SyncChangesOut>($"/v1/sync/changes?limit={limit}{(since is null ? "" : $"&since={since}")}", _ct))!;
}
