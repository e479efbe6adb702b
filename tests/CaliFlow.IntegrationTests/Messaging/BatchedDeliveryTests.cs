using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Programming;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Shouldly;
using UUIDNext;

namespace CaliFlow.IntegrationTests.Messaging;

/// <summary>
/// The dispatcher hands each handler a batch's events in one transaction (HandlerDelivery). The outcome must be what delivering
/// the same events one at a time gives — for an interleaved, out-of-order and redelivered stream — and a handler failing on one
/// event of a batch must not hold back the others.
/// </summary>
public sealed class BatchedDeliveryTests
{
    private static readonly string[] OutboxSchemas = ["users", "exercises", "programming", "progress", "nutrition", "gamification", "coaching", "system"];

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stream_delivered_in_batches_leaves_what_one_by_one_delivery_leaves()
    {
        await using var app = new CaliFlowApp(settings: new Dictionary<string, string?>
        {
            ["Outbox:Enabled"] = "false", // this test alone delivers, by hand
            ["Webhooks:AllowInsecureLocalhost"] = "true",
            ["Webhooks:MaxPendingPerEndpoint"] = "4", // the stream's six workouts overflow the queue within one batch
            ["Webhooks:RetryBaseDelay"] = "01:00:00", // nothing listens: the first attempt fails and the rest stay pending
        });
        await app.InitializeAsync();
        var oneByOne = await AthleteAsync(app);
        var batched = await AthleteAsync(app);
        var interleaved = await AthleteAsync(app);

        // One at a time through each subscription, as every delivery went before batches.
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var subscriptions = app.Services.GetServices<IIntegrationEventSubscription>().ToList();
        foreach (var (eventId, workout) in Stream(oneByOne))
        {
            foreach (var subscription in subscriptions.Where(s => s.EventType == typeof(WorkoutLoggedIntegrationEvent)))
            {
                await subscription.DeliverAsync(scopes, eventId, workout, _ct);
            }
        }

        // Two users' streams interleaved in Progress's outbox, delivered by the dispatcher in batches, then all of it again.
        var ours = Stream(batched).DistinctBy(e => e.EventId).ToList();
        var theirs = Stream(interleaved).DistinctBy(e => e.EventId).ToList();
        foreach (var (mine, other) in ours.Zip(theirs))
        {
            await AddToOutboxAsync(app, mine.Workout);
            await AddToOutboxAsync(app, other.Workout);
        }

        var dispatcher = app.Services.GetServices<IHostedService>().OfType<OutboxDispatcher<ProgressDbContext>>().Single();
        (await dispatcher.DispatchBatchAsync(_ct)).ShouldBe(ours.Count * 2);
        (await app.ExecuteAsync("UPDATE progress.outbox_messages SET processed_at = NULL")).ShouldBe(ours.Count * 2);
        (await dispatcher.DispatchBatchAsync(_ct)).ShouldBe(ours.Count * 2);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.outbox_messages WHERE processed_at IS NULL OR attempts > 0")).ShouldBe(0);

        var expected = await OutcomeAsync(app, oneByOne);
        expected.Sessions.ShouldContain("Completed");
        expected.Counters.ShouldNotBeEmpty();
        expected.Streaks.ShouldNotBeEmpty();
        expected.Announced.ShouldBeGreaterThan(0);
        expected.Webhooks.ShouldBe("workout.completed: 4 queued, 2 dropped"); // one per workout log up to the cap, the redelivery not counted
        (await OutcomeAsync(app, batched)).ShouldBe(expected);
        (await OutcomeAsync(app, interleaved)).ShouldBe(expected);
    }

    [Fact]
    public async Task A_chain_of_events_through_every_module_delivered_in_batches_leaves_what_one_event_at_a_time_leaves()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Outbox:Enabled"] = "false", // the test delivers, by hand
            ["Webhooks:AllowInsecureLocalhost"] = "true",
            ["Webhooks:MaxPendingPerEndpoint"] = "4",
            ["Webhooks:RetryBaseDelay"] = "01:00:00",
        };
        await using var oneAtATime = new CaliFlowApp(settings: new Dictionary<string, string?>(settings) { ["Outbox:BatchSize"] = "1" });
        await using var batched = new CaliFlowApp(settings: settings);
        await oneAtATime.InitializeAsync();
        await batched.InitializeAsync();

        // Workouts, and auto-progression's changes among them (two advances and a regression of one exercise), in Progress's
        // outbox; what they set off (sessions and weeks completed, achievements unlocked, webhooks) follows through the others.
        var alone = await AthleteAsync(oneAtATime, "achievement.unlocked");
        foreach (var e in await ChainAsync(oneAtATime, alone))
        {
            await AddToOutboxAsync(oneAtATime, e);
        }

        await DrainEveryOutboxAsync(oneAtATime);

        var ours = await AthleteAsync(batched, "achievement.unlocked");
        var theirs = await AthleteAsync(batched, "achievement.unlocked");
        foreach (var (mine, other) in (await ChainAsync(batched, ours)).Zip(await ChainAsync(batched, theirs)))
        {
            await AddToOutboxAsync(batched, mine);
            await AddToOutboxAsync(batched, other);
        }

        await DrainEveryOutboxAsync(batched);
        foreach (var schema in OutboxSchemas)
        {
            await batched.ExecuteAsync($"UPDATE {schema}.outbox_messages SET processed_at = NULL"); // all of it again
        }

        await DrainEveryOutboxAsync(batched);

        var expected = await OutcomeAsync(oneAtATime, alone);
        expected.Prescribed.ShouldNotBeEmpty();
        expected.Counters.ShouldContain("progressions-unlocked=2");
        expected.Counters.ShouldContain("plan-weeks-completed=1");
        expected.Announced.ShouldBeGreaterThan(0);
        expected.Webhooks.ShouldContain("achievement.unlocked: ");
        (await OutcomeAsync(batched, ours)).ShouldBe(expected);
        (await OutcomeAsync(batched, theirs)).ShouldBe(expected);
    }

    [Fact]
    public async Task A_handler_failing_on_one_event_of_a_batch_delays_only_that_event()
    {
        await using var app = new CaliFlowApp(
            settings: new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" },
            services: RefusedUsers.Register);
        await app.InitializeAsync();
        await RecordingConsumerDbContext.CreateTablesAsync(app.Services);
        var first = await app.CreateUserAsync();
        var refused = await app.CreateUserAsync();
        var last = await app.CreateUserAsync();
        app.Services.GetRequiredService<RefusedUsers>().Ids.Add(refused.Id);

        var dispatcher = app.Services.GetServices<IHostedService>().OfType<OutboxDispatcher<UsersDbContext>>().Single();
        await dispatcher.DispatchBatchAsync(_ct);

        (await Received(app, first.Id)).ShouldBe(1);
        (await Received(app, last.Id)).ShouldBe(1);
        (await Received(app, refused.Id)).ShouldBe(0);
        static string Registration(string column) =>
            $"SELECT {column} FROM users.outbox_messages WHERE type LIKE '%UserRegistered%' AND payload->>'userId' = $1";
        (await app.ScalarAsync<string>(Registration("last_error"), refused.Id.ToString())).ShouldBe($"refused {refused.Id}");
        (await app.ScalarAsync<bool>(Registration("processed_at IS NULL"), refused.Id.ToString())).ShouldBeTrue();
        (await app.ScalarAsync<bool>(Registration("processed_at IS NULL"), last.Id.ToString())).ShouldBeFalse();

        // Once the handler takes it, the retry records it, and nobody's registration twice.
        app.Services.GetRequiredService<RefusedUsers>().Ids.Clear();
        await app.ExecuteAsync("UPDATE users.outbox_messages SET next_attempt_at = NULL, processed_at = NULL");
        await dispatcher.DispatchBatchAsync(_ct);
        foreach (var user in new[] { first, refused, last })
        {
            (await Received(app, user.Id)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task A_second_instance_skips_the_batch_another_holds_and_takes_it_over_when_that_instance_dies()
    {
        var settings = new Dictionary<string, string?> { ["Outbox:Enabled"] = "false", ["Outbox:BatchSize"] = "2" };
        await using var first = new CaliFlowApp(settings: settings, services: HeldUsers.Register);
        await first.InitializeAsync();
        await RecordingConsumerDbContext.CreateTablesAsync(first.Services);
        await using var second = new CaliFlowApp(database: first.Database, settings: settings, services: HeldUsers.Register, dropDatabaseOnDispose: false);
        await second.InitializeAsync();
        var users = new List<TestUser>();
        for (var i = 0; i < 4; i++)
        {
            users.Add(await first.CreateUserAsync()); // registrations in outbox order
        }

        await first.ExecuteAsync("DELETE FROM users.outbox_messages WHERE type NOT LIKE '%UserRegistered%'"); // one row a user

        // The first instance claims the two oldest and hangs on one of them.
        first.Services.GetRequiredService<HeldUsers>().Ids.Add(users[0].Id);
        using var dying = CancellationTokenSource.CreateLinkedTokenSource(_ct);
        var firstBatch = first.Services.GetServices<IHostedService>().OfType<OutboxDispatcher<UsersDbContext>>().Single().DispatchBatchAsync(dying.Token);
        await first.Services.GetRequiredService<HeldUsers>().Holding.Task.WaitAsync(TimeSpan.FromSeconds(30), _ct);

        // Meanwhile the second claims past them, and delivers its two.
        var dispatcher = second.Services.GetServices<IHostedService>().OfType<OutboxDispatcher<UsersDbContext>>().Single();
        (await dispatcher.DispatchBatchAsync(_ct)).ShouldBe(2);
        (await Task.WhenAll(users.Select(u => Received(second, u.Id)))).ShouldBe([0, 0, 1, 1]);

        // The first dies mid-batch: nothing it did commits, and the second takes its rows over, each delivered once.
        await dying.CancelAsync();
        await Should.ThrowAsync<OperationCanceledException>(firstBatch);
        (await dispatcher.DispatchBatchAsync(_ct)).ShouldBe(2);
        (await dispatcher.DispatchBatchAsync(_ct)).ShouldBe(0);
        (await Task.WhenAll(users.Select(u => Received(second, u.Id)))).ShouldBe([1, 1, 1, 1]);
        (await second.ScalarAsync<long>("SELECT count(*) FROM users.outbox_messages WHERE processed_at IS NULL")).ShouldBe(0);
    }

    private static Task<long> Received(CaliFlowApp app, Guid userId) =>
        app.ScalarAsync<long>("SELECT count(*) FROM recording_consumer.received_registrations WHERE user_id = $1", userId);

    private sealed record Athlete(TestUser User, SessionSummary[] Sessions);

    /// <summary>A user with a 3-day plan and a webhook for completed workouts (queued only: nothing listens on the port).</summary>
    private async Task<Athlete> AthleteAsync(CaliFlowApp app, params string[] moreWebhookEvents)
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            level = "beginner",
            equipment = new[] { "pull-up-bar" },
            trainingDaysPerWeek = 3,
            preferredWeekdays = new[] { "monday", "wednesday", "friday" },
        }, _ct)).EnsureSuccessStatusCode();
        var plan = await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct);
        plan.EnsureSuccessStatusCode();
        var webhook = await user.Client.PostAsJsonAsync(
            "/v1/webhooks", new { url = "http://127.0.0.1:9/hook", events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct);
        webhook.StatusCode.ShouldBe(HttpStatusCode.Created);
        foreach (var other in moreWebhookEvents)
        {
            (await user.Client.PostAsJsonAsync(
                "/v1/webhooks", new { url = "http://127.0.0.1:9/other", events = new[] { other }, currentPassword = user.Password }, _ct))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        return new Athlete(user, (await plan.Content.ReadFromJsonAsync<Plan>(_ct))!.Sessions);
    }

    /// <summary>
    /// The same workouts for any athlete: out of date order, a second log of one session, a log without a session, a record, and
    /// one event delivered twice.
    /// </summary>
    private static List<(Guid EventId, WorkoutLoggedIntegrationEvent Workout)> Stream(Athlete athlete)
    {
        var s = athlete.Sessions;
        WorkoutLoggedIntegrationEvent Log(Guid? session, DateOnly date, params WorkoutExerciseSummary[] exercises) =>
            new(athlete.User.Id, Guid.CreateVersion7(), session, date, exercises);
        WorkoutExerciseSummary PullUps(int best) => new(Guid.Empty, "pull-up", "vertical-pull", 3, best * 3 - 2, 0, best, 0);
        WorkoutExerciseSummary PushUps(int best) => new(Guid.Empty, "push-up", "horizontal-push", 3, best * 3, 0, best, 0);

        var second = (Guid.CreateVersion7(), Log(s[1].Id, s[1].Date, PullUps(8)));
        return
        [
            second,
            (Guid.CreateVersion7(), Log(s[0].Id, s[0].Date, PullUps(6), PushUps(10))),
            (Guid.CreateVersion7(), Log(null, s[0].Date.AddDays(1), PullUps(12))),
            second,
            (Guid.CreateVersion7(), Log(s[2].Id, s[2].Date, PullUps(10), PushUps(15))),
            (Guid.CreateVersion7(), Log(s[1].Id, s[1].Date, PushUps(20))),
            (Guid.CreateVersion7(), Log(null, s[2].Date.AddDays(7), PullUps(9))),
        ];
    }

    /// <summary>
    /// The athlete's workouts with auto-progression's changes of the plan's first pulling exercise among them: up one step, up
    /// another, back down one.
    /// </summary>
    private async Task<List<IIntegrationEvent>> ChainAsync(CaliFlowApp app, Athlete athlete)
    {
        var week1 = (await athlete.User.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=1", _ct))!;
        var pull = week1.Sessions.SelectMany(s => s.Exercises).First(e => e.Pattern == "vertical-pull");
        async Task<Guid> HarderThan(string slug)
        {
            var chain = await athlete.User.Client.GetFromJsonAsync<JsonElement>($"/v1/exercises/{slug}/progressions", _ct);
            return chain.GetProperty("harder").EnumerateArray()
                .First(s => s.GetProperty("distance").GetInt32() == 1).GetProperty("exercise").GetProperty("id").GetGuid();
        }

        var step1 = await HarderThan(pull.Slug);
        var step1Slug = (await app.ScalarAsync<string>("SELECT slug FROM exercises.exercises WHERE id = $1", step1))!;
        var step2 = await HarderThan(step1Slug);
        VariationChangedIntegrationEvent Change(Guid from, Guid to, VariationChange change) =>
            new(athlete.User.Id, "vertical-pull", from, to, change, "the test's");

        var workouts = Stream(athlete).DistinctBy(e => e.EventId).Select(e => (IIntegrationEvent)e.Workout).ToList();
        workouts.Insert(2, Change(pull.ExerciseId, step1, VariationChange.Advanced));
        workouts.Insert(4, Change(step1, step2, VariationChange.Advanced));
        workouts.Insert(6, Change(step2, step1, VariationChange.Regressed));
        return workouts;
    }

    /// <summary>Every module's dispatcher in turn, each claiming up to its batch size, until no outbox has anything left.</summary>
    private async Task DrainEveryOutboxAsync(CaliFlowApp app)
    {
        var dispatchers = app.Services.GetServices<IHostedService>()
            .Where(s => s.GetType().IsGenericType && s.GetType().GetGenericTypeDefinition() == typeof(OutboxDispatcher<>))
            .ToList();
        dispatchers.Count.ShouldBe(8);
        int delivered;
        do
        {
            delivered = 0;
            foreach (var dispatcher in dispatchers)
            {
                delivered += await (Task<int>)dispatcher.GetType().GetMethod(nameof(OutboxDispatcher<>.DispatchBatchAsync))!.Invoke(dispatcher, [_ct])!;
            }
        }
        while (delivered > 0);

        foreach (var schema in OutboxSchemas)
        {
            (await app.ScalarAsync<long>($"SELECT count(*) FROM {schema}.outbox_messages WHERE processed_at IS NULL OR attempts > 0")).ShouldBe(0, schema);
        }
    }

    private static Task<int> AddToOutboxAsync(CaliFlowApp app, IIntegrationEvent integrationEvent) => app.ExecuteAsync(
        "INSERT INTO progress.outbox_messages (id, type, payload, attempts) VALUES ($1, $2, $3::jsonb, 0)",
        Uuid.NewDatabaseFriendly(UUIDNext.Database.PostgreSql), // in insertion order, as the outbox makes them
        $"{integrationEvent.GetType().FullName}, {integrationEvent.GetType().Assembly.GetName().Name}",
        JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), JsonDefaults.Options));

    private sealed record Outcome(string Counters, string Streaks, string Achievements, long Announced, string Sessions, string Prescribed, string Webhooks);

    /// <summary>Everything the workouts changed for the user, with the user's own ids left out so users compare.</summary>
    private static async Task<Outcome> OutcomeAsync(CaliFlowApp app, Athlete athlete)
    {
        var id = athlete.User.Id;
        return new Outcome(
            (await app.ScalarAsync<string>(
                "SELECT coalesce(string_agg(key || '=' || value, ',' ORDER BY key), '') FROM gamification.user_counters WHERE user_id = $1 " +
                "AND key NOT LIKE '%-%-%-%-%'", id))!, // keys naming a workout log are the log's own
            (await app.ScalarAsync<string>(
                "SELECT coalesce(string_agg(kind || '=' || runs::text, ',' ORDER BY kind), '') FROM gamification.user_streaks WHERE user_id = $1", id))!,
            (await app.ScalarAsync<string>(
                "SELECT coalesce(string_agg(a.code || ':' || u.current || '/' || u.target || ':' || (u.unlocked_at IS NOT NULL), ',' " +
                "ORDER BY a.code), '') FROM gamification.user_achievements u JOIN gamification.achievements a ON a.id = u.achievement_id " +
                "WHERE u.user_id = $1", id))!,
            await app.ScalarAsync<long>(
                "SELECT count(*) FROM gamification.outbox_messages WHERE type LIKE '%AchievementUnlocked%' AND payload->>'userId' = $1", id.ToString()),
            (await app.ScalarAsync<string>(
                "SELECT string_agg(status, ',' ORDER BY scheduled_date, week) FROM programming.workout_sessions WHERE user_id = $1", id))!,
            // What is still to do (a completed session's prescription is history, whichever handler of a batch commits first).
            (await app.ScalarAsync<string>(
                "SELECT coalesce(string_agg(s.scheduled_date || ' ' || e.exercise_slug || ' ' || e.sets::text, ',' ORDER BY s.scheduled_date, e.\"order\"), '') " +
                "FROM programming.workout_sessions s JOIN programming.workout_session_exercises e ON e.session_id = s.id " +
                "WHERE s.user_id = $1 AND s.status = 'Planned'", id))!,
            (await app.ScalarAsync<string>(
                "SELECT string_agg((e.events->>0) || ': ' || (SELECT count(*) FROM system.webhook_deliveries d WHERE d.endpoint_id = e.id) " +
                "|| ' queued, ' || e.dropped_deliveries || ' dropped', ', ' ORDER BY e.events->>0) FROM system.webhook_endpoints e WHERE e.owner_id = $1", id))!);
    }
}
