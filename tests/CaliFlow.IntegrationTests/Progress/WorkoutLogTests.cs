using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Programming;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

public sealed record PerformedSetOut(int? Reps, int? HoldSeconds, decimal? Rpe, decimal? AddedWeightKg, decimal? AssistanceKg, decimal? EffectiveLoadKg);

public sealed record ExerciseLogOut(Guid ExerciseId, int Order, string Pattern, PerformedSetOut[] Sets, decimal? VolumeKg);

public sealed record WorkoutLogOut(Guid Id, Guid? SessionId, DateOnly PerformedOn, int? DurationMinutes, string? Feeling, decimal? BodyWeightKg, decimal? VolumeKg, ExerciseLogOut[] Exercises, SessionChangeOut[]? Changes = null);

public sealed record SessionChangeOut(string Kind, Guid ExerciseId, Guid? ReplacementId, string? Reason);

public sealed record WorkoutLogSummaryOut(Guid Id, DateOnly PerformedOn, int Exercises, int Sets);

public sealed record WorkoutLogPageOut(WorkoutLogSummaryOut[] Items, string? NextCursor);

public sealed record SyncItemOut(int Index, Guid? Id, string Status, string? Code, Dictionary<string, string[]>? Errors);

public sealed record SyncResultOut(int Created, int Unchanged, int Failed, SyncItemOut[] Items);

/// <summary>Logging workouts over HTTP: idempotent uploads, effective loads, offline batches, pages, ownership and bad input.</summary>
public sealed class WorkoutLogTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    private async Task<TestUser> AthleteAsync()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { weightKg = 80, equipment = new[] { "pull-up-bar" } }, _ct)).EnsureSuccessStatusCode();
        return user;
    }

    private static object Workout(Guid id, DateOnly? on = null, int pushUps = 10, Guid? sessionId = null) => new
    {
        id,
        sessionId,
        performedOn = on ?? Yesterday,
        durationMinutes = 40,
        feeling = "good",
        exercises = new object[]
        {
            new { exercise = "push-up", sets = new object[] { new { reps = pushUps, rpe = 8 }, new { reps = pushUps, rpe = 8.5, addedWeightKg = 10 } } },
            new { exercise = "band-assisted-pull-up", sets = new object[] { new { reps = 6, rpe = 9, assistanceKg = 20 } } },
            new { exercise = "plank", sets = new object[] { new { holdSeconds = 45 } } },
        },
    };

    [Fact]
    public async Task A_log_is_stored_once_a_retry_returns_it_and_another_body_under_the_same_id_is_a_conflict()
    {
        var user = await AthleteAsync();
        var id = Guid.CreateVersion7();

        var first = await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(id), _ct);
        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync(_ct));
        var retry = await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(id), _ct);
        retry.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await retry.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!.Id.ShouldBe(id);

        var changed = await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(id, pushUps: 12), _ct);
        changed.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await changed.Content.ReadAsStringAsync(_ct)).ShouldContain("workout_log_id_conflict");
        var other = await AthleteAsync();
        (await other.Client.PostAsJsonAsync("/v1/workout-logs", Workout(id), _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_logs WHERE id = $1", id)).ShouldBe(1);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.exercise_logs WHERE workout_log_id = $1", id)).ShouldBe(3);
    }

    [Fact]
    public async Task Loads_and_volume_count_body_weight_times_the_fraction_plus_added_minus_assistance()
    {
        var user = await AthleteAsync();

        var response = await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(Guid.CreateVersion7()), _ct);
        var log = (await response.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!;

        // Worked by hand from the rule (load = body weight × the exercise's fraction + added − assistance; volume = load × reps or
        // seconds) with 80 kg and the seed's fractions: push-up 0.64, band-assisted pull-up 0.95, plank 0.65.
        log.BodyWeightKg.ShouldBe(80m, "taken from the profile");
        log.Exercises[0].Sets[0].EffectiveLoadKg.ShouldBe(51.2m); // 80 × 0.64
        log.Exercises[0].Sets[1].EffectiveLoadKg.ShouldBe(61.2m); // 51.2 + 10
        log.Exercises[1].Sets[0].EffectiveLoadKg.ShouldBe(56m); // 80 × 0.95 − 20 = 76 − 20
        log.Exercises[2].Sets[0].EffectiveLoadKg.ShouldBe(52m); // 80 × 0.65
        log.Exercises[0].VolumeKg.ShouldBe(1124m); // 10 × 51.2 + 10 × 61.2 = 512 + 612
        log.Exercises[1].VolumeKg.ShouldBe(336m); // 6 × 56
        log.Exercises[2].VolumeKg.ShouldBe(2340m); // 45 s × 52
        log.VolumeKg.ShouldBe(3800m); // 1124 + 336 + 2340
    }

    [Fact]
    public async Task A_workout_logged_against_a_planned_session_completes_it()
    {
        var user = await AthleteAsync();
        var plan = (await (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).Content.ReadFromJsonAsync<Plan>(_ct))!;
        var session = plan.Sessions[0];

        (await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(Guid.CreateVersion7(), on: session.Date, sessionId: session.Id), _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);

        // Progress publishes WorkoutLogged through its outbox; Programming completes the session when it arrives.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if ((await user.Client.GetFromJsonAsync<Session>($"/v1/sessions/{session.Id}", _ct))!.Status == "completed")
            {
                return;
            }

            await Task.Delay(100, _ct);
        }

        throw new ShouldAssertException("The session was not completed within 10 s.");
    }

    [Fact]
    public async Task The_logged_event_sums_up_each_exercise_for_consumers_that_keep_totals()
    {
        var user = await AthleteAsync();
        var id = Guid.CreateVersion7();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id,
            performedOn = "2026-01-05",
            exercises = new object[]
            {
                new { exercise = "pull-up", sets = new[] { new { reps = 6 }, new { reps = 8 }, new { reps = 5 } } },
                new { exercise = "plank", sets = new[] { new { holdSeconds = 45 }, new { holdSeconds = 60 } } },
                new { exercise = "pull-up", sets = new[] { new { reps = 4 } } },
            },
        }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

        var payload = await app.ScalarAsync<string>(
            "SELECT payload::text FROM progress.outbox_messages WHERE type LIKE '%WorkoutLoggedIntegrationEvent%' AND payload->>'workoutLogId' = $1", id.ToString());
        var exercises = JsonDocument.Parse(payload!).RootElement.GetProperty("exercises").EnumerateArray().ToList();

        exercises.Count.ShouldBe(2, "the same exercise twice in one workout is one line");
        var pullUps = exercises.Single(e => e.GetProperty("slug").GetString() == "pull-up");
        pullUps.GetProperty("pattern").GetString().ShouldBe("vertical-pull");
        pullUps.GetProperty("sets").GetInt32().ShouldBe(4);
        pullUps.GetProperty("totalReps").GetInt32().ShouldBe(23);
        pullUps.GetProperty("bestReps").GetInt32().ShouldBe(8);
        var plank = exercises.Single(e => e.GetProperty("slug").GetString() == "plank");
        plank.GetProperty("totalHoldSeconds").GetInt32().ShouldBe(105);
        plank.GetProperty("bestHoldSeconds").GetInt32().ShouldBe(60);
        plank.GetProperty("totalReps").GetInt32().ShouldBe(0);
    }

    public static TheoryData<string, string> BadLogs => new()
    {
        { """{"performedOn":"2026-01-01","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}""", "id" },
        { $$"""{"id":"{{Guid.NewGuid()}}","performedOn":"2026-01-01","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}""", "id" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}""", "performedOn" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"2026-01-01","exercises":[]}""", "exercises" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"2026-01-01","exercises":[{"exercise":"push-up","sets":[{"reps":5,"holdSeconds":5}]}]}""", "exercises[0].sets[0]" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"2026-01-01","exercises":[{"exercise":"push-up","sets":[{"reps":5,"rpe":11}]}]}""", "exercises[0].sets[0].rpe" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"2026-01-01","exercises":[{"exercise":"no-such-move","sets":[{"reps":5}]}]}""", "exercises[0].exercise" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"2026-01-01","exercises":[{"exercise":"plank","sets":[{"reps":5}]}]}""", "exercises[0].sets" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"2099-01-01","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}""", "performedOn" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","sessionId":"{{Guid.CreateVersion7()}}","performedOn":"2026-01-01","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}""", "sessionId" },
        { $$"""{"id":"{{Guid.CreateVersion7()}}","performedOn":"2026-01-01","feeling":"ecstatic","exercises":[{"exercise":"push-up","sets":[{"reps":5}]}]}""", "feeling" },
    };

    [Theory]
    [MemberData(nameof(BadLogs))]
    public async Task Bad_logs_are_400_with_the_field_named_and_nothing_is_written(string body, string field)
    {
        var user = await AthleteAsync();

        var response = await user.Client.PostAsync("/v1/workout-logs", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync(_ct);
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("errors").EnumerateObject().ShouldContain(p => p.Name.StartsWith(field, StringComparison.Ordinal), text);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_logs WHERE user_id = $1", user.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Pages_run_newest_first_without_gaps_or_repeats_and_dates_filter()
    {
        var user = await AthleteAsync();
        var ids = new List<Guid>();
        for (var day = 1; day <= 13; day++)
        {
            for (var n = 0; n < 2; n++)
            {
                var id = Guid.CreateVersion7();
                ids.Add(id);
                (await user.Client.PostAsJsonAsync("/v1/workout-logs", Workout(id, on: Yesterday.AddDays(-day)), _ct)).EnsureSuccessStatusCode();
            }
        }

        var seen = new List<WorkoutLogSummaryOut>();
        string? cursor = null;
        do
        {
            var page = (await user.Client.GetFromJsonAsync<WorkoutLogPageOut>($"/v1/workout-logs?limit=4{(cursor is null ? "" : $"&cursor={cursor}")}", _ct))!;
            page.Items.Length.ShouldBeLessThanOrEqualTo(4);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        seen.Select(s => s.Id).ShouldBe(ids, ignoreOrder: true);
        seen.Select(s => s.Id).ShouldBeUnique();
        seen.ShouldBe(seen.OrderByDescending(s => s.PerformedOn).ThenByDescending(s => s.Id).ToList());
        seen.ShouldAllBe(s => s.Exercises == 3 && s.Sets == 4);

        var range = (await user.Client.GetFromJsonAsync<WorkoutLogPageOut>(
            $"/v1/workout-logs?from={Yesterday.AddDays(-5):yyyy-MM-dd}&to={Yesterday.AddDays(-3):yyyy-MM-dd}&limit=100", _ct))!;
        range.Items.Length.ShouldBe(6);
        (await user.Client.GetAsync("/v1/workout-logs?cursor=nonsense!", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Logs_are_private_and_a_deleted_log_is_gone()
    {
        var owner = await AthleteAsync();
        var id = Guid.CreateVersion7();
        (await owner.Client.PostAsJsonAsync("/v1/workout-logs", Workout(id), _ct)).EnsureSuccessStatusCode();
        var other = await AthleteAsync();

        (await other.Client.GetAsync($"/v1/workout-logs/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/v1/workout-logs/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.GetFromJsonAsync<WorkoutLogPageOut>("/v1/workout-logs", _ct))!.Items.ShouldBeEmpty();
        (await owner.Client.GetAsync($"/v1/workout-logs/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await owner.Client.DeleteAsync($"/v1/workout-logs/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await owner.Client.GetAsync($"/v1/workout-logs/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_logs WHERE id = $1 AND deleted_at IS NOT NULL", id))
            .ShouldBe(1, "kept as a tombstone for other devices");
    }

    [Fact]
    public async Task An_offline_batch_keeps_the_good_logs_and_reports_each_bad_one()
    {
        var user = await AthleteAsync();
        var taken = Guid.CreateVersion7();
        (await (await AthleteAsync()).Client.PostAsJsonAsync("/v1/workout-logs", Workout(taken), _ct)).EnsureSuccessStatusCode();
        var good = Enumerable.Range(0, 3).Select(_ => Guid.CreateVersion7()).ToList();
        var batch = new
        {
            logs = new object[]
            {
                Workout(good[0], on: Yesterday.AddDays(-3)),
                new { id = Guid.CreateVersion7(), performedOn = Yesterday, exercises = new object[] { new { exercise = "plank", sets = new object[] { new { reps = 3 } } } } },
                Workout(good[1], on: Yesterday.AddDays(-2)),
                Workout(taken),
                new { id = Guid.CreateVersion7(), exercises = Array.Empty<object>() },
                Workout(good[2], on: Yesterday.AddDays(-1)),
            },
        };

        var result = (await (await user.Client.PostAsJsonAsync("/v1/workout-logs/sync", batch, _ct)).Content.ReadFromJsonAsync<SyncResultOut>(_ct))!;

        result.Created.ShouldBe(3);
        result.Failed.ShouldBe(3);
        result.Items.Select(i => i.Status).ShouldBe(["created", "invalid", "created", "conflict", "invalid", "created"]);
        result.Items[1].Errors!.Keys.ShouldContain("exercises[0].sets");
        result.Items[4].Errors!.Keys.ShouldContain("performedOn");
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_logs WHERE user_id = $1", user.Id)).ShouldBe(3);

        var again = (await (await user.Client.PostAsJsonAsync("/v1/workout-logs/sync", batch, _ct)).Content.ReadFromJsonAsync<SyncResultOut>(_ct))!;
        again.Created.ShouldBe(0);
        again.Unchanged.ShouldBe(3);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_logs WHERE user_id = $1", user.Id)).ShouldBe(3);
    }
}

/// <summary>Correcting a log after the fact.</summary>
public sealed class WorkoutLogEditTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_edit_changes_only_what_was_sent_and_can_replace_the_exercises()
    {
        var user = await app.CreateUserAsync();
        var id = Guid.CreateVersion7();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id,
            performedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            durationMinutes = 30,
            notes = "felt slow",
            exercises = new[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
        }, _ct)).EnsureSuccessStatusCode();
        var updatedBefore = await app.ScalarAsync<DateTime>("SELECT updated_at FROM progress.workout_logs WHERE id = $1", id);

        var noted = await user.Client.PatchAsJsonAsync($"/v1/workout-logs/{id}", new { feeling = "great" }, _ct);
        noted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var log = (await noted.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!;
        log.Feeling.ShouldBe("great");
        log.DurationMinutes.ShouldBe(30);
        log.Exercises.Single().Sets.Single().Reps.ShouldBe(10);

        var replaced = await user.Client.PatchAsJsonAsync($"/v1/workout-logs/{id}", new
        {
            exercises = new object[]
            {
                new { exercise = "diamond-push-up", sets = new[] { new { reps = 8 }, new { reps = 7 } } },
                new { exercise = "plank", sets = new[] { new { holdSeconds = 60 } } },
            },
        }, _ct);
        replaced.StatusCode.ShouldBe(HttpStatusCode.OK, await replaced.Content.ReadAsStringAsync(_ct));
        var stored = (await user.Client.GetFromJsonAsync<WorkoutLogOut>($"/v1/workout-logs/{id}", _ct))!;
        stored.Exercises.Length.ShouldBe(2);
        stored.Exercises[0].Sets.Select(s => s.Reps).ShouldBe([8, 7]);
        stored.Feeling.ShouldBe("great");
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.exercise_logs WHERE workout_log_id = $1", id)).ShouldBe(2);
        (await app.ScalarAsync<DateTime>("SELECT updated_at FROM progress.workout_logs WHERE id = $1", id)).ShouldBeGreaterThan(updatedBefore);

        var wrongUnit = await user.Client.PatchAsJsonAsync($"/v1/workout-logs/{id}", new { exercises = new[] { new { exercise = "plank", sets = new[] { new { reps = 3 } } } } }, _ct);
        wrongUnit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.exercise_logs WHERE workout_log_id = $1", id)).ShouldBe(2);
        var stranger = await app.CreateUserAsync();
        (await stranger.Client.PatchAsJsonAsync($"/v1/workout-logs/{id}", new { feeling = "awful" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
