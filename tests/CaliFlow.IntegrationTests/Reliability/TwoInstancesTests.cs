using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Coaching;
using CaliFlow.IntegrationTests.Exercises;
using CaliFlow.IntegrationTests.Gamification;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.OtherApps;
using CaliFlow.IntegrationTests.Platform;
using CaliFlow.IntegrationTests.Programming;
using Shouldly;

namespace CaliFlow.IntegrationTests.Reliability;

/// <summary>
/// Two instances of one deployment: one PostgreSQL database, one Redis, both running every background loop (both deliver the
/// outbox). A client talks to either, as behind a load balancer, and sees one API.
/// </summary>
public sealed class TwoInstancesTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _a = new();
    private CaliFlowApp _b = null!;

    public async ValueTask InitializeAsync()
    {
        await _a.InitializeAsync();
        _b = new CaliFlowApp(database: _a.Database, dropDatabaseOnDispose: false);
        await _b.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _b.DisposeAsync();
        await _a.DisposeAsync();
    }

    [Fact]
    public async Task Workouts_logged_through_both_take_effect_once_though_both_deliver_the_events()
    {
        var user = await CoachingTestHelpers.AthleteWithPlanAsync(_a);
        var throughB = _b.Authorized(user.Tokens.AccessToken);
        var today = await CoachingTestHelpers.TodayAsync(user);
        var days = Enumerable.Range(1, 6).Select(d => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-d)).ToList();

        // Six past workouts, alternately through each instance, then today's session through B.
        foreach (var (day, index) in days.Select((d, i) => (d, i)))
        {
            var client = index % 2 == 0 ? user.Client : throughB;
            (await client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(on: day), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await throughB.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(on: today.Date, sessionId: today.Session!.Id), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        await PlatformTestHelpers.Eventually(async () => await _a.CounterAsync(user.Id, "workouts") == 7
            && (await CoachingTestHelpers.TodayAsync(user)).Session!.Status == "completed");
        await PlatformTestHelpers.Eventually(async () => await _a.ScalarAsync<long>(
            "SELECT count(*) FROM progress.outbox_messages WHERE processed_at IS NULL") == 0);
        (await _a.CounterAsync(user.Id, "workouts")).ShouldBe(7);
        (await _a.UnlocksAnnouncedAsync(user.Id, "first-workout")).ShouldBe(1);
        (await throughB.GetFromJsonAsync<JsonElement>("/v1/stats", _ct)).GetProperty("workouts").GetInt32().ShouldBe(7);
        (await throughB.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", _ct))!.Session!.Status.ShouldBe("completed");
    }

    [Fact]
    public async Task Todays_workout_changed_through_one_is_never_served_stale_by_the_other()
    {
        var user = await CoachingTestHelpers.AthleteWithPlanAsync(_a);
        var throughB = _b.Authorized(user.Tokens.AccessToken);
        var today = (await throughB.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", _ct))!; // cached now
        today.Session!.Status.ShouldBe("planned");

        (await user.Client.PostAsJsonAsync($"/v1/sessions/{today.Session.Id}/skip", new { reason = "travelling" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        // Once today's session is skipped, today's workout is the next planned one.
        var after = (await throughB.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", _ct))!;
        after.IsToday.ShouldBeFalse();
        after.Session!.Id.ShouldNotBe(today.Session.Id);
    }

    [Fact]
    public async Task A_library_change_made_through_one_is_seen_by_the_other_within_five_seconds()
    {
        var admin = await _a.CreateAdminAsync();
        var member = await _b.CreateUserAsync();
        var pushUp = (await member.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/push-up", _ct))!; // B has read it

        (await admin.Client.PutAsJsonAsync("/v1/exercises/push-up", LibraryAdminTests.Update(pushUp, name: "Push-up (two instances)"), _ct))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

        pushUp.Name.ShouldBe("Push-up");
        await PlatformTestHelpers.Eventually(async () =>
            (await member.Client.GetFromJsonAsync<JsonElement>("/v1/exercises/push-up", _ct)).GetProperty("name").GetString()
                == "Push-up (two instances)", seconds: 5);
    }


    [Fact]
    public async Task An_access_token_revoked_through_one_stops_working_at_once_on_the_other()
    {
        var user = await _a.CreateUserAsync();
        var token = await user.CreateTokenAsync("logs:read");
        var throughB = _b.Authorized(token.Token);
        (await throughB.GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // B holds its grant now

        (await user.Client.DeleteAsync($"/v1/me/tokens/{token.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await throughB.GetAsync("/v1/stats", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
