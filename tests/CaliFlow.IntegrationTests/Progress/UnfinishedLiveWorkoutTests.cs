using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

public sealed record LiveSyncOut(WorkoutLogOut[] WorkoutLogs, LiveWorkoutOut[] LiveWorkouts, Guid[] DeletedLiveWorkouts, string? NextCursor);

/// <summary>
/// A live workout left open past the limit (a phone put away without finishing) is closed as its user chose, and other devices
/// learn what became of it through delta sync. The API's clock is the test's, so 12 hours pass at once.
/// </summary>
public sealed class UnfinishedLiveWorkoutTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CaliFlowApp _app;

    // The closing job's own loop waits a month on the test's clock, far beyond its 12 hours: only the test runs it.
    public UnfinishedLiveWorkoutTests() => _app = new CaliFlowApp(
        settings: new Dictionary<string, string?> { ["LiveWorkouts:CloseInterval"] = "30.00:00:00" },
        services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task<(TestUser User, Guid LiveId)> OpenWorkoutAsync(string? choice, int sets)
    {
        var user = await _app.CreateUserAsync();
        if (choice is not null)
        {
            var profile = await user.Client.PatchAsJsonAsync("/v1/me/profile", new { unfinishedWorkouts = choice }, _ct);
            profile.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await profile.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(_ct)).GetProperty("unfinishedWorkouts").GetString().ShouldBe(choice);
        }

        var started = await user.Client.PostAsJsonAsync("/v1/live", new { }, _ct);
        started.StatusCode.ShouldBe(HttpStatusCode.Created);
        var liveId = (await started.Content.ReadFromJsonAsync<LiveWorkoutOut>(_ct))!.Id;
        for (var i = 0; i < sets; i++)
        {
            (await user.Client.PutAsJsonAsync($"/v1/live/{liveId}/sets/{Guid.CreateVersion7()}", new { exercise = "push-up", reps = 10 - i }, _ct))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        return (user, liveId);
    }

    [Fact]
    public async Task A_workout_left_open_is_logged_or_discarded_as_its_user_chose_and_devices_learn_it_by_sync()
    {
        var (keeper, kept) = await OpenWorkoutAsync(null, sets: 2); // the default: log what was recorded
        var (discarder, discarded) = await OpenWorkoutAsync("discard", sets: 2);
        var (idle, empty) = await OpenWorkoutAsync("log", sets: 0);
        var closer = _app.Services.GetRequiredService<UnfinishedWorkoutCloser>();
        (await keeper.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/stats", _ct)).GetProperty("workouts").GetInt32().ShouldBe(0); // now cached

        _clock.Advance(TimeSpan.FromHours(11));
        (await closer.CloseDueAsync(_ct)).ShouldBe(0); // not yet 12 hours

        _clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(1));
        (await closer.CloseDueAsync(_ct)).ShouldBe(3);
        (await closer.CloseDueAsync(_ct)).ShouldBe(0);

        // Tokens issued before the jump have expired on the API's clock: sign in again, as a phone would.
        keeper = keeper with { Client = _app.Authorized((await _app.LoginAsync(keeper.Email, keeper.Password)).AccessToken) };
        discarder = discarder with { Client = _app.Authorized((await _app.LoginAsync(discarder.Email, discarder.Password)).AccessToken) };
        idle = idle with { Client = _app.Authorized((await _app.LoginAsync(idle.Email, idle.Password)).AccessToken) };

        // Logged: its sets, lasting until the last of them rather than the 12 hours it stayed open.
        var log = (await keeper.Client.GetFromJsonAsync<WorkoutLogOut>($"/v1/workout-logs/{kept}", _ct))!;
        log.Exercises.Single().Sets.Select(s => s.Reps).ShouldBe([10, 9]);
        log.DurationMinutes.ShouldBe(1);
        (await keeper.Client.GetFromJsonAsync<LiveWorkoutOut>($"/v1/live/{kept}", _ct))!.WorkoutLogId.ShouldBe(kept);
        (await keeper.Client.GetAsync("/v1/live/current", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await keeper.Client.GetFromJsonAsync<System.Text.Json.JsonElement>("/v1/stats", _ct)).GetProperty("workouts").GetInt32().ShouldBe(1);

        // Discarded, as chosen or for want of a set: nothing left but the tombstone, and a new workout can start.
        foreach (var (user, liveId) in new[] { (discarder, discarded), (idle, empty) })
        {
            (await user.Client.GetAsync($"/v1/live/{liveId}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await user.Client.GetAsync($"/v1/workout-logs/{liveId}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await user.Client.PostAsJsonAsync("/v1/live", new { }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.live_sets WHERE live_workout_id = $1", discarded)).ShouldBe(0);

        await _clock.LetEverythingSettleAsync(_app);
        var keeperSync = await SyncAsync(keeper);
        keeperSync.LiveWorkouts.Single(l => l.Id == kept).WorkoutLogId.ShouldBe(kept);
        keeperSync.WorkoutLogs.Select(l => l.Id).ShouldBe([kept]);
        keeperSync.DeletedLiveWorkouts.ShouldBeEmpty();
        var discarderSync = await SyncAsync(discarder);
        discarderSync.DeletedLiveWorkouts.ShouldBe([discarded]);
        discarderSync.LiveWorkouts.ShouldNotContain(l => l.Id == discarded);
    }

    [Fact]
    public async Task A_set_recorded_on_one_device_reaches_the_others_through_sync_and_an_abandoned_workout_as_a_tombstone()
    {
        var (user, liveId) = await OpenWorkoutAsync(null, sets: 1);
        await _clock.LetEverythingSettleAsync(_app);
        user = user with { Client = _app.Authorized((await _app.LoginAsync(user.Email, user.Password)).AccessToken) };
        var first = await SyncAsync(user);
        first.LiveWorkouts.Single().Sets.Length.ShouldBe(1);

        // A set recorded later moves the workout past the cursor again.
        (await user.Client.PutAsJsonAsync($"/v1/live/{liveId}/sets/{Guid.CreateVersion7()}", new { exercise = "push-up", reps = 7 }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        await _clock.LetEverythingSettleAsync(_app);
        var second = await SyncAsync(user, first.NextCursor);
        second.LiveWorkouts.Single().Sets.Select(s => s.Reps).ShouldBe([10, 7]);

        (await user.Client.DeleteAsync($"/v1/live/{liveId}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await _clock.LetEverythingSettleAsync(_app);
        var third = await SyncAsync(user, second.NextCursor);
        third.LiveWorkouts.ShouldBeEmpty();
        third.DeletedLiveWorkouts.ShouldBe([liveId]);
    }

    private async Task<LiveSyncOut> SyncAsync(TestUser user, string? since = null) =>
        (await user.Client.GetFromJsonAsync<LiveSyncOut>($"/v1/sync/changes{(since is null ? "" : $"?since={since}")}", _ct))!;
}
