using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Progress.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Programming;

/// <summary>
/// Programming's reactions to Progress's events, delivered through the same subscriptions the outbox dispatcher uses (with
/// their idempotency records), since the publisher's module is not built yet.
/// </summary>
public sealed class ProgressReactionTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<(TestUser User, Plan Plan)> AthleteWithPlanAsync()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            level = "beginner",
            equipment = new[] { "pull-up-bar" },
            trainingDaysPerWeek = 3,
            preferredWeekdays = new[] { "monday", "wednesday", "friday" },
        }, _ct)).EnsureSuccessStatusCode();
        var response = await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct);
        response.EnsureSuccessStatusCode();
        return (user, (await response.Content.ReadFromJsonAsync<Plan>(_ct))!);
    }

    private async Task DeliverAsync(IIntegrationEvent integrationEvent, Guid eventId)
    {
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var subscriptions = app.Services.GetServices<IIntegrationEventSubscription>().Where(s => s.EventType == integrationEvent.GetType()).ToList();
        subscriptions.ShouldNotBeEmpty();
        foreach (var subscription in subscriptions)
        {
            await subscription.DeliverAsync(scopes, eventId, integrationEvent, _ct);
        }
    }

    private Task<long> CompletionsAnnounced(Guid sessionId) => app.ScalarAsync<long>(
        "SELECT count(*) FROM programming.outbox_messages WHERE type LIKE '%SessionCompletedIntegrationEvent%' AND payload->>'sessionId' = $1",
        sessionId.ToString());

    [Fact]
    public async Task A_workout_logged_against_a_session_completes_it_once_and_announces_it_once()
    {
        var (user, plan) = await AthleteWithPlanAsync();
        var session = plan.Sessions[1];
        var logged = new WorkoutLoggedIntegrationEvent(user.Id, Guid.CreateVersion7(), session.Id, session.Date);
        var eventId = Guid.CreateVersion7();

        await DeliverAsync(logged, eventId);
        await DeliverAsync(logged, eventId); // redelivered
        await DeliverAsync(logged with { WorkoutLogId = Guid.CreateVersion7() }, Guid.CreateVersion7()); // a second log of it

        (await user.Client.GetFromJsonAsync<Session>($"/v1/sessions/{session.Id}", _ct))!.Status.ShouldBe("completed");
        (await CompletionsAnnounced(session.Id)).ShouldBe(1);
    }

    [Fact]
    public async Task A_log_naming_someone_else_session_changes_nothing()
    {
        var (owner, plan) = await AthleteWithPlanAsync();
        var intruder = await app.CreateUserAsync();
        var session = plan.Sessions[0];

        await DeliverAsync(new WorkoutLoggedIntegrationEvent(intruder.Id, Guid.CreateVersion7(), session.Id, session.Date), Guid.CreateVersion7());

        (await owner.Client.GetFromJsonAsync<Session>($"/v1/sessions/{session.Id}", _ct))!.Status.ShouldBe("planned");
        (await CompletionsAnnounced(session.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_harder_variation_replaces_the_old_one_in_every_session_still_to_do()
    {
        var (user, plan) = await AthleteWithPlanAsync();
        var before = (await user.Client.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", _ct))!; // cached now
        var old = before.Session!.Exercises.First(e => e.Pattern is "vertical-pull" or "horizontal-pull");
        var chain = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/exercises/{old.Slug}/progressions", _ct);
        var harderId = chain.GetProperty("harder").EnumerateArray()
            .First(s => s.GetProperty("distance").GetInt32() == 1).GetProperty("exercise").GetProperty("id").GetGuid();
        var week2 = (await user.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=2", _ct))!;
        var skipped = week2.Sessions.First(s => s.Exercises.Any(e => e.ExerciseId == old.ExerciseId));
        (await user.Client.PostAsJsonAsync($"/v1/sessions/{skipped.Id}/skip", new { }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", _ct))!.Session!.Id.ShouldBe(before.Session.Id); // cached again

        await DeliverAsync(
            new VariationChangedIntegrationEvent(user.Id, "vertical-pull", old.ExerciseId, harderId, VariationChange.Advanced, "3 x 12 at RPE 8, twice"),
            Guid.CreateVersion7());

        var sessions = new List<Session>();
        for (var week = 1; week <= 12; week++)
        {
            sessions.AddRange((await user.Client.GetFromJsonAsync<PlanWeek>($"/v1/plans/current/sessions?week={week}", _ct))!.Sessions);
        }

        sessions.Where(s => s.Status == "planned").SelectMany(s => s.Exercises).ShouldNotContain(e => e.ExerciseId == old.ExerciseId);
        sessions.Where(s => s.Status == "planned").SelectMany(s => s.Exercises).Count(e => e.ExerciseId == harderId)
            .ShouldBeGreaterThanOrEqualTo(11);
        sessions.Single(s => s.Id == skipped.Id).Exercises.ShouldContain(e => e.ExerciseId == old.ExerciseId, "a skipped session is history");
        var today = (await user.Client.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", _ct))!;
        today.Session!.Id.ShouldBe(before.Session.Id);
        today.Session.Exercises.ShouldContain(e => e.ExerciseId == harderId, "the cached workout was invalidated");
        plan.Id.ShouldBe(today.Session.PlanId);
    }
}
