using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Platform;
using CaliFlow.IntegrationTests.Programming;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

public sealed record LiveSetOut(Guid Id, Guid ExerciseId, string Exercise, int? Reps, int? HoldSeconds, decimal? Rpe, decimal? AddedWeightKg, decimal? AssistanceKg, DateTimeOffset UpdatedAt);

public sealed record LiveWorkoutOut(Guid Id, Guid? SessionId, DateOnly PerformedOn, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, Guid? WorkoutLogId, LiveSetOut[] Sets, SessionChangeOut[]? Changes = null);

public sealed record NextSetTargetOut(Guid ExerciseId, string Exercise, string Name, Guid PrescribedExerciseId, int SetNumber, int Sets, int? Reps, int? HoldSeconds, int TargetRpe, string? Tempo, decimal? AddedWeightKg, decimal? AssistanceKg, ExerciseGroupOut? Group = null);

public sealed record RestOut(int Seconds, DateTimeOffset StartedAt, DateTimeOffset EndsAt, bool Extended);

public sealed record NextSetOut(Guid LiveWorkoutId, string Status, NextSetTargetOut? Next, RestOut? Rest, int SetsDone, int SetsPlanned);

/// <summary>
/// A workout recorded set by set while training: sets that arrive twice, late or out of order, a second device, an abandoned
/// workout, and a finish that writes the same log as uploading the whole workout would.
/// </summary>
public sealed class LiveWorkoutTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<TestUser> AthleteAsync()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { weightKg = 80, equipment = new[] { "pull-up-bar" } }, _ct)).EnsureSuccessStatusCode();
        return user;
    }

    private async Task<LiveWorkoutOut> StartAsync(TestUser user, Guid? id = null)
    {
        var started = await user.Client.PostAsJsonAsync("/v1/live", new { id }, _ct);
        started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync(_ct));
        var live = (await started.Content.ReadFromJsonAsync<LiveWorkoutOut>(_ct))!;
        started.Headers.Location!.ToString().ShouldBe($"/v1/live/{live.Id}");
        return live;
    }

    private Task<HttpResponseMessage> PutSetAsync(TestUser user, Guid liveId, Guid setId, object set) =>
        user.Client.PutAsJsonAsync($"/v1/live/{liveId}/sets/{setId}", set, _ct);

    [Fact]
    public async Task Sets_arriving_twice_late_and_out_of_order_finish_into_the_same_log_as_a_whole_upload()
    {
        var user = await AthleteAsync();
        var live = await StartAsync(user);
        // Done in this order on the phone (UUIDv7s made as each set is done)...
        var done = Enumerable.Range(0, 5).Select(i => Guid.CreateVersion7(DateTimeOffset.UtcNow.AddSeconds(i))).ToArray();
        var sets = new (Guid Id, object Body)[]
        {
            (done[0], new { exercise = "push-up", reps = 12, rpe = 7 }),
            (done[1], new { exercise = "pull-up", reps = 6, rpe = 8 }),
            (done[2], new { exercise = "push-up", reps = 10, rpe = 8, addedWeightKg = 10 }),
            (done[3], new { exercise = "pull-up", reps = 5, rpe = 9 }),
            (done[4], new { exercise = "plank", holdSeconds = 45 }),
        };
        // ...and arriving in another order, one of them twice.
        foreach (var i in new[] { 3, 0, 4, 1, 2, 0 })
        {
            using var put = await PutSetAsync(user, live.Id, sets[i].Id, sets[i].Body);
            put.IsSuccessStatusCode.ShouldBeTrue(await put.Content.ReadAsStringAsync(_ct));
        }

        var finished = await user.Client.PostAsJsonAsync($"/v1/live/{live.Id}/finish", new { durationMinutes = 40, feeling = "good" }, _ct);
        finished.StatusCode.ShouldBe(HttpStatusCode.Created, await finished.Content.ReadAsStringAsync(_ct));
        finished.Headers.Location!.ToString().ShouldBe($"/v1/workout-logs/{live.Id}");
        var log = (await finished.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!;

        var uploaded = await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = live.PerformedOn,
            durationMinutes = 40,
            feeling = "good",
            exercises = new object[]
            {
                new { exercise = "push-up", sets = new object[] { new { reps = 12, rpe = 7 }, new { reps = 10, rpe = 8, addedWeightKg = 10 } } },
                new { exercise = "pull-up", sets = new object[] { new { reps = 6, rpe = 8 }, new { reps = 5, rpe = 9 } } },
                new { exercise = "plank", sets = new object[] { new { holdSeconds = 45 } } },
            },
        }, _ct);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync(_ct));
        var whole = (await uploaded.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!;

        log.Id.ShouldBe(live.Id);
        log.PerformedOn.ShouldBe(live.PerformedOn);
        log.Exercises.Length.ShouldBe(3);
        JsonSerializer.Serialize(log with { Id = whole.Id }).ShouldBe(JsonSerializer.Serialize(whole));
        (await user.Client.GetAsync($"/v1/workout-logs/{live.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Finished: it names its log, a retried finish answers that log, and nothing more can be recorded into it.
        var again = await user.Client.PostAsJsonAsync($"/v1/live/{live.Id}/finish", new { durationMinutes = 40, feeling = "good" }, _ct);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!.Id.ShouldBe(live.Id);
        var read = (await user.Client.GetFromJsonAsync<LiveWorkoutOut>($"/v1/live/{live.Id}", _ct))!;
        read.WorkoutLogId.ShouldBe(live.Id);
        read.FinishedAt.ShouldNotBeNull();
        using var late = await PutSetAsync(user, live.Id, Guid.CreateVersion7(), new { exercise = "push-up", reps = 5 });
        await ShouldBeProblemAsync(late, HttpStatusCode.Conflict, "live_workout_finished");
        (await user.Client.GetAsync("/v1/live/current", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_set_sent_again_is_stored_once_and_a_corrected_one_replaces_it()
    {
        var user = await AthleteAsync();
        var live = await StartAsync(user);
        var setId = Guid.CreateVersion7();

        using var first = await PutSetAsync(user, live.Id, setId, new { exercise = "push-up", reps = 12 });
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        first.Headers.Location!.ToString().ShouldBe($"/v1/live/{live.Id}/sets/{setId}");
        var stored = (await first.Content.ReadFromJsonAsync<LiveSetOut>(_ct))!;
        using var resent = await PutSetAsync(user, live.Id, setId, new { exercise = "push-up", reps = 12 });
        resent.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await resent.Content.ReadFromJsonAsync<LiveSetOut>(_ct))!.UpdatedAt.ShouldBe(stored.UpdatedAt);

        using var corrected = await PutSetAsync(user, live.Id, setId, new { exercise = "push-up", reps = 11, rpe = 9 });
        corrected.StatusCode.ShouldBe(HttpStatusCode.OK);
        var replaced = (await corrected.Content.ReadFromJsonAsync<LiveSetOut>(_ct))!;
        (replaced.Reps, replaced.Rpe).ShouldBe((11, 9m));
        replaced.UpdatedAt.ShouldBeGreaterThan(stored.UpdatedAt);

        var current = (await user.Client.GetFromJsonAsync<LiveWorkoutOut>("/v1/live/current", _ct))!;
        current.Sets.Select(s => (s.Id, s.Exercise, s.Reps)).ShouldBe([(setId, "push-up", (int?)11)]);

        // A set is removed if recorded by mistake.
        (await user.Client.DeleteAsync($"/v1/live/{live.Id}/sets/{setId}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.Client.GetFromJsonAsync<LiveWorkoutOut>("/v1/live/current", _ct))!.Sets.ShouldBeEmpty();
        (await user.Client.DeleteAsync($"/v1/live/{live.Id}/sets/{setId}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_second_device_resumes_the_workout_in_progress_and_cannot_start_another()
    {
        var user = await AthleteAsync();
        var phone = await StartAsync(user, Guid.CreateVersion7());
        var setId = Guid.CreateVersion7();
        (await PutSetAsync(user, phone.Id, setId, new { exercise = "pull-up", reps = 6 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var tablet = app.Authorized((await app.LoginAsync(user.Email, user.Password)).AccessToken); // a second sign-in

        var resumed = (await tablet.GetFromJsonAsync<LiveWorkoutOut>("/v1/live/current", _ct))!;
        resumed.Id.ShouldBe(phone.Id);
        resumed.Sets.Select(s => s.Id).ShouldBe([setId]);

        // The phone's start retried answers the same workout; another start is refused with the open one named.
        using (var retried = await tablet.PostAsJsonAsync("/v1/live", new { id = phone.Id }, _ct))
        {
            retried.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await retried.Content.ReadFromJsonAsync<LiveWorkoutOut>(_ct))!.Sets.Length.ShouldBe(1);
        }

        using var another = await tablet.PostAsJsonAsync("/v1/live", new { }, _ct);
        var problem = await ShouldBeProblemAsync(another, HttpStatusCode.Conflict, "live_workout_open");
        problem.GetProperty("detail").GetString()!.ShouldContain(phone.Id.ToString());

        // The tablet records the next set into the same workout.
        (await tablet.PutAsJsonAsync($"/v1/live/{phone.Id}/sets/{Guid.CreateVersion7()}", new { exercise = "pull-up", reps = 5 }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        (await user.Client.GetFromJsonAsync<LiveWorkoutOut>("/v1/live/current", _ct))!.Sets.Length.ShouldBe(2);
    }

    [Fact]
    public async Task An_abandoned_workout_leaves_nothing_and_an_empty_one_cannot_be_finished()
    {
        var user = await AthleteAsync();
        var live = await StartAsync(user);
        using var empty = await user.Client.PostAsJsonAsync($"/v1/live/{live.Id}/finish", new { }, _ct);
        await ShouldBeProblemAsync(empty, HttpStatusCode.Conflict, "live_workout_empty");
        (await PutSetAsync(user, live.Id, Guid.CreateVersion7(), new { exercise = "push-up", reps = 12 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        (await user.Client.DeleteAsync($"/v1/live/{live.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        (await user.Client.GetAsync($"/v1/live/{live.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var none = await user.Client.GetAsync("/v1/live/current", _ct);
        await ShouldBeProblemAsync(none, HttpStatusCode.NotFound, "no_live_workout");
        (await user.Client.GetAsync($"/v1/workout-logs/{live.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await app.ScalarAsync<long>("SELECT count(*) FROM progress.live_sets WHERE live_workout_id = $1", live.Id)).ShouldBe(0);
        await StartAsync(user); // nothing in progress any more
    }

    [Fact]
    public async Task A_planned_session_started_live_is_completed_by_its_finish()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { weightKg = 80, level = "beginner", trainingDaysPerWeek = 3 }, _ct)).EnsureSuccessStatusCode();
        var plan = (await (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).Content.ReadFromJsonAsync<Plan>(_ct))!;
        var session = (await user.Client.GetFromJsonAsync<Session>($"/v1/sessions/{plan.Sessions[0].Id}", _ct))!;

        var started = await user.Client.PostAsync($"/v1/sessions/{session.Id}/start", null, _ct);
        started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync(_ct));
        var live = (await started.Content.ReadFromJsonAsync<LiveWorkoutOut>(_ct))!;
        live.SessionId.ShouldBe(session.Id);
        foreach (var exercise in session.Exercises.Take(2))
        {
            var prescribed = exercise.Sets[0];
            object body = prescribed.HoldSeconds is { } hold
                ? new { exercise = exercise.Slug, holdSeconds = hold }
                : new { exercise = exercise.Slug, reps = prescribed.Reps };
            (await PutSetAsync(user, live.Id, Guid.CreateVersion7(), body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var finished = await user.Client.PostAsJsonAsync($"/v1/live/{live.Id}/finish", new { }, _ct);
        finished.StatusCode.ShouldBe(HttpStatusCode.Created, await finished.Content.ReadAsStringAsync(_ct));
        (await finished.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!.SessionId.ShouldBe(session.Id);

        await PlatformTestHelpers.Eventually(async () =>
            (await user.Client.GetFromJsonAsync<JsonElement>($"/v1/sessions/{session.Id}", _ct)).GetProperty("status").GetString() == "completed");
    }

    [Fact]
    public async Task Another_users_live_workout_answers_404_everywhere()
    {
        var owner = await AthleteAsync();
        var live = await StartAsync(owner);
        var setId = Guid.CreateVersion7();
        (await PutSetAsync(owner, live.Id, setId, new { exercise = "push-up", reps = 12 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var other = await AthleteAsync();

        (await other.Client.GetAsync($"/v1/live/{live.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await PutSetAsync(other, live.Id, Guid.CreateVersion7(), new { exercise = "push-up", reps = 1 })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/v1/live/{live.Id}/sets/{setId}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PostAsJsonAsync($"/v1/live/{live.Id}/finish", new { }, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/v1/live/{live.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.GetAsync($"/v1/live/{live.Id}/next", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PutAsJsonAsync($"/v1/live/{live.Id}/changes/plank", new { kind = "add" }, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.DeleteAsync($"/v1/live/{live.Id}/changes/plank", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        // Nor can another user take the workout's id or a set's id for their own.
        (await other.Client.PostAsJsonAsync("/v1/live", new { id = live.Id }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var mine = await StartAsync(other);
        (await PutSetAsync(other, mine.Id, setId, new { exercise = "push-up", reps = 1 })).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        (await owner.Client.GetFromJsonAsync<LiveWorkoutOut>("/v1/live/current", _ct))!.Sets.Single().Reps.ShouldBe(12);
    }

    [Fact]
    public async Task Bad_sets_get_field_errors()
    {
        var user = await AthleteAsync();
        var live = await StartAsync(user);

        var cases = new (Guid SetId, object Body, string Field)[]
        {
            (Guid.NewGuid(), new { exercise = "push-up", reps = 5 }, "setId"), // a v4, not a v7
            (Guid.CreateVersion7(), new { exercise = "push-up" }, "reps"),
            (Guid.CreateVersion7(), new { exercise = "push-up", reps = 5, holdSeconds = 5 }, "reps"),
            (Guid.CreateVersion7(), new { exercise = "plank", reps = 5 }, "reps"), // counted in seconds
            (Guid.CreateVersion7(), new { exercise = "no-such-move", reps = 5 }, "exercise"),
            (Guid.CreateVersion7(), new { exercise = "push-up", reps = 5, rpe = 11 }, "rpe"),
        };
        foreach (var (setId, body, field) in cases)
        {
            using var response = await PutSetAsync(user, live.Id, setId, body);
            (await PlatformTestHelpers.FieldErrorsAsync(response)).Keys.ToArray().ShouldBe([field], JsonSerializer.Serialize(body));
        }

        using var badStart = await user.Client.PostAsJsonAsync("/v1/live", new { sessionId = Guid.CreateVersion7() }, _ct);
        (await PlatformTestHelpers.FieldErrorsAsync(badStart)).Keys.ShouldBe(["sessionId"]);
    }

    private async Task<(TestUser User, Session Session)> PlannedBeginnerAsync()
    {
        var (user, session) = await BeginnerSession.CreateAsync(app, _ct);
        session.Exercises.Select(e => e.Slug).ShouldBe(
            ["incline-push-up", "bodyweight-good-morning", "doorframe-row", "bodyweight-squat", "plank", "bird-dog", "bridge"]);
        return (user, session);
    }

    private async Task<LiveWorkoutOut> StartSessionAsync(TestUser user, Session session)
    {
        var started = await user.Client.PostAsync($"/v1/sessions/{session.Id}/start", null, _ct);
        started.StatusCode.ShouldBe(HttpStatusCode.Created, await started.Content.ReadAsStringAsync(_ct));
        return (await started.Content.ReadFromJsonAsync<LiveWorkoutOut>(_ct))!;
    }

    private async Task<NextSetOut> NextAsync(HttpClient client, Guid liveId)
    {
        using var response = await client.GetAsync($"/v1/live/{liveId}/next", _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(_ct));
        return (await response.Content.ReadFromJsonAsync<NextSetOut>(_ct))!;
    }

    /// <summary>A set id as a phone makes it when the set is done at <paramref name="at"/> (UUIDv7s keep milliseconds).</summary>
    private static (Guid Id, DateTimeOffset At) DoneAt(DateTimeOffset at)
    {
        var milliseconds = DateTimeOffset.FromUnixTimeMilliseconds(at.ToUnixTimeMilliseconds());
        return (Guid.CreateVersion7(milliseconds), milliseconds);
    }

    [Fact]
    public async Task The_next_set_follows_the_prescription_and_its_rest_ends_at_the_same_time_on_every_device()
    {
        var (user, session) = await PlannedBeginnerAsync();
        var live = await StartSessionAsync(user, session);
        var first = session.Exercises[0];

        var before = await NextAsync(user.Client, live.Id);
        before.Status.ShouldBe("next");
        before.Next!.ShouldBe(new NextSetTargetOut(
            first.ExerciseId, first.Slug, first.Name, first.ExerciseId, 1, first.Sets.Length, first.Sets[0].Reps, null,
            first.Sets[0].TargetRpe, first.Sets[0].Tempo, null, null));
        before.Rest.ShouldBeNull(); // nothing done yet: start when ready
        (before.SetsDone, before.SetsPlanned).ShouldBe((0, session.Exercises.Sum(e => e.Sets.Length)));

        // A set done as prescribed: the prescribed rest after it, ending at a time every device shows alike.
        var (setId, doneAt) = DoneAt(DateTimeOffset.UtcNow);
        (await PutSetAsync(user, live.Id, setId, new { exercise = first.Slug, reps = first.Sets[0].Reps })).StatusCode.ShouldBe(HttpStatusCode.Created);
        var afterOne = await NextAsync(user.Client, live.Id);
        afterOne.Next!.SetNumber.ShouldBe(2);
        afterOne.Rest.ShouldBe(new RestOut(first.Sets[0].RestSeconds, doneAt, doneAt.AddSeconds(first.Sets[0].RestSeconds), false));
        using var tablet = app.Authorized((await app.LoginAsync(user.Email, user.Password)).AccessToken);
        (await NextAsync(tablet, live.Id)).Rest.ShouldBe(afterOne.Rest);

        // A set short of its target: half as long again, rounded up to a quarter minute. Loads carry over to the next set.
        (setId, doneAt) = DoneAt(DateTimeOffset.UtcNow);
        (await PutSetAsync(user, live.Id, setId, new { exercise = first.Slug, reps = first.Sets[1].Reps - 2, assistanceKg = 5 }))
            .StatusCode.ShouldBe(HttpStatusCode.Created);
        var afterMiss = await NextAsync(user.Client, live.Id);
        var longer = (int)Math.Ceiling(first.Sets[1].RestSeconds * 1.5 / 15) * 15;
        afterMiss.Rest.ShouldBe(new RestOut(longer, doneAt, doneAt.AddSeconds(longer), true));
        afterMiss.Next!.AssistanceKg.ShouldBe(5);

        // A phone whose clock runs an hour ahead: the rest starts when the set arrived, not in the future.
        (setId, _) = DoneAt(DateTimeOffset.UtcNow.AddHours(1));
        (await PutSetAsync(user, live.Id, setId, new { exercise = first.Slug, reps = first.Sets[2].Reps })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await NextAsync(user.Client, live.Id)).Rest!.StartedAt.ShouldBeLessThanOrEqualTo(DateTimeOffset.UtcNow);

        // Set after set, exercise after exercise, in the session's order, until every prescribed set is done.
        var order = new List<string> { first.Slug };
        for (var next = await NextAsync(user.Client, live.Id); next.Status == "next"; next = await NextAsync(user.Client, live.Id))
        {
            if (order[^1] != next.Next!.Exercise)
            {
                order.Add(next.Next.Exercise);
            }

            object body = next.Next.HoldSeconds is { } hold ? new { exercise = next.Next.Exercise, holdSeconds = hold } : new { exercise = next.Next.Exercise, reps = next.Next.Reps };
            (await PutSetAsync(user, live.Id, Guid.CreateVersion7(), body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        order.ShouldBe(session.Exercises.Select(e => e.Slug));
        var done = await NextAsync(user.Client, live.Id);
        (done.Status, done.Next, done.Rest, done.SetsDone).ShouldBe(("done", null, null, done.SetsPlanned));

        (await user.Client.PostAsJsonAsync($"/v1/live/{live.Id}/finish", new { }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        using var finished = await user.Client.GetAsync($"/v1/live/{live.Id}/next", _ct);
        await ShouldBeProblemAsync(finished, HttpStatusCode.Conflict, "live_workout_finished");
    }

    [Fact]
    public async Task A_short_sessions_push_and_pull_are_a_superset_whose_sets_alternate_with_no_rest_between_them()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            weightKg = 70, level = "beginner", equipment = Array.Empty<string>(), trainingDaysPerWeek = 3, sessionMinutes = 30,
        }, _ct)).EnsureSuccessStatusCode();
        var plan = (await (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).Content.ReadFromJsonAsync<Plan>(_ct))!;
        var session = (await user.Client.GetFromJsonAsync<Session>($"/v1/sessions/{plan.Sessions[0].Id}", _ct))!;
        var pair = session.Exercises.Where(e => e.Group?.Kind == "superset").ToList();
        pair.Count.ShouldBe(2, string.Join(", ", session.Exercises.Select(e => $"{e.Slug} {e.Group}")));
        (pair[1].Order - pair[0].Order).ShouldBe(1);
        pair[0].Sets.Take(pair[1].Sets.Length).ShouldAllBe(s => s.RestSeconds == 0);
        pair[1].Sets.ShouldAllBe(s => s.RestSeconds > 0);

        var live = await StartSessionAsync(user, session);
        var sequence = new List<(string Exercise, int? RestBefore)>();
        for (var next = await NextAsync(user.Client, live.Id); next.Status == "next"; next = await NextAsync(user.Client, live.Id))
        {
            sequence.Add((next.Next!.Exercise, next.Rest?.Seconds));
            object body = next.Next.HoldSeconds is { } hold ? new { exercise = next.Next.Exercise, holdSeconds = hold } : new { exercise = next.Next.Exercise, reps = next.Next.Reps };
            (await PutSetAsync(user, live.Id, Guid.CreateVersion7(), body)).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        // The pair's sets come one round at a time, the pull straight after the push, the rest after the pull.
        var first = sequence.FindIndex(s => s.Exercise == pair[0].Slug);
        var rounds = Math.Min(pair[0].Sets.Length, pair[1].Sets.Length);
        var alternating = sequence.Skip(first).Take(2 * rounds).ToList();
        alternating.Select(s => s.Exercise).ShouldBe(Enumerable.Repeat(new[] { pair[0].Slug, pair[1].Slug }, rounds).SelectMany(x => x));
        alternating.Where((_, i) => i % 2 == 1).ShouldAllBe(s => s.RestBefore == 0);
        alternating.Where((_, i) => i > 0 && i % 2 == 0).ShouldAllBe(s => s.RestBefore == pair[1].Sets[0].RestSeconds);
    }

    [Fact]
    public async Task Swaps_skips_and_additions_lead_the_next_set_and_show_in_the_comparison_as_in_a_whole_upload()
    {
        var (user, session) = await PlannedBeginnerAsync();
        var live = await StartSessionAsync(user, session);
        Task<HttpResponseMessage> Change(string exercise, object body) => user.Client.PutAsJsonAsync($"/v1/live/{live.Id}/changes/{exercise}", body, _ct);

        // Changes that break the rules get field errors.
        var refused = new (string Exercise, object Body, string Field, string? Code)[]
        {
            ("plank", new { kind = "swap", replacement = "push-up" }, "replacement", "wrong_unit"), // a hold for reps
            ("push-up", new { kind = "swap", replacement = "jumping-jack" }, "exercise", "not_prescribed"),
            ("plank", new { kind = "add" }, "exercise", "already_prescribed"),
            ("incline-push-up", new { kind = "swap", replacement = "doorframe-row" }, "replacement", "already_prescribed"),
            ("bodyweight-good-morning", new { kind = "skip" }, "reason", null),
            ("incline-push-up", new { kind = "swap" }, "replacement", null),
            ("incline-push-up", new { kind = "rest" }, "kind", null),
        };
        foreach (var (exercise, body, field, code) in refused)
        {
            using var response = await Change(exercise, body);
            var text = await response.Content.ReadAsStringAsync(_ct);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
            JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe([field], text);
            if (code is not null)
            {
                JsonDocument.Parse(text).RootElement.GetProperty("code").GetString().ShouldBe(code);
            }
        }

        (await Change("incline-push-up", new { kind = "swap", replacement = "push-up", reason = "no bench here" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Change("bodyweight-good-morning", new { kind = "skip", reason = "lower back twinge" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Change("bird-dog", new { kind = "skip", reason = "short on time" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        using (var addition = await Change("jumping-jack", new { kind = "add" }))
        {
            addition.StatusCode.ShouldBe(HttpStatusCode.OK);
            (await addition.Content.ReadFromJsonAsync<LiveWorkoutOut>(_ct))!.Changes!.Select(c => c.Kind).ShouldBe(["swap", "skip", "skip", "add"]);
        }

        // A change taken back is gone; the replacement cannot stand in for two exercises.
        (await user.Client.DeleteAsync($"/v1/live/{live.Id}/changes/bird-dog", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.Client.DeleteAsync($"/v1/live/{live.Id}/changes/bird-dog", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var twice = await Change("bodyweight-squat", new { kind = "swap", replacement = "push-up" }))
        {
            await ShouldBeProblemAsync(twice, HttpStatusCode.BadRequest, "duplicate_change");
        }

        // The swapped exercise is done as its replacement; the skipped one is left out of the sets ahead.
        var next = await NextAsync(user.Client, live.Id);
        (next.Next!.Exercise, next.Next.PrescribedExerciseId).ShouldBe(("push-up", session.Exercises[0].ExerciseId));
        next.SetsPlanned.ShouldBe(session.Exercises.Where(e => e.Slug != "bodyweight-good-morning").Sum(e => e.Sets.Length));
        foreach (var _ in session.Exercises[0].Sets)
        {
            (await PutSetAsync(user, live.Id, Guid.CreateVersion7(), new { exercise = "push-up", reps = 6 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await NextAsync(user.Client, live.Id)).Next!.Exercise.ShouldBe("doorframe-row");
        (await PutSetAsync(user, live.Id, Guid.CreateVersion7(), new { exercise = "doorframe-row", reps = 6 })).StatusCode.ShouldBe(HttpStatusCode.Created);
        (await PutSetAsync(user, live.Id, Guid.CreateVersion7(), new { exercise = "jumping-jack", reps = 20 })).StatusCode.ShouldBe(HttpStatusCode.Created);

        using var finished = await user.Client.PostAsJsonAsync($"/v1/live/{live.Id}/finish", new { durationMinutes = 30 }, _ct);
        finished.StatusCode.ShouldBe(HttpStatusCode.Created, await finished.Content.ReadAsStringAsync(_ct));
        var log = (await finished.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!;
        log.Changes!.Select(c => (c.Kind, c.Reason)).ShouldBe([("swap", "no bench here"), ("skip", "lower back twinge"), ("add", null)]);

        var comparison = (await user.Client.GetFromJsonAsync<SessionComparisonOut>($"/v1/sessions/{session.Id}/comparison", _ct))!;
        comparison.WorkoutLogId.ShouldBe(live.Id);
        var pushUpId = log.Exercises[0].ExerciseId;
        var swapped = comparison.Exercises.Single(e => e.ExerciseId == session.Exercises[0].ExerciseId);
        (swapped.Change, swapped.DoneAsExerciseId, swapped.Reason, swapped.DoneSets, swapped.AdherencePercent).ShouldBe(("swap", pushUpId, "no bench here", 3, 100m));
        var skipped = comparison.Exercises.Single(e => e.ExerciseId == session.Exercises[1].ExerciseId);
        (skipped.Change, skipped.Reason, skipped.DoneSets, skipped.AdherencePercent).ShouldBe(("skip", "lower back twinge", 0, 0m));
        comparison.Exercises.ShouldNotContain(e => e.ExerciseId == pushUpId); // counted against what it replaced
        var added = comparison.Exercises.Single(e => !e.Prescribed);
        (added.Change, added.DoneSets).ShouldBe(("add", 1));

        // The same workout uploaded whole, changes and all, is the same log.
        var uploaded = await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            sessionId = session.Id,
            performedOn = live.PerformedOn,
            durationMinutes = 30,
            exercises = new object[]
            {
                new { exercise = "push-up", sets = new[] { new { reps = 6 }, new { reps = 6 }, new { reps = 6 } } },
                new { exercise = "doorframe-row", sets = new[] { new { reps = 6 } } },
                new { exercise = "jumping-jack", sets = new[] { new { reps = 20 } } },
            },
            changes = new object[]
            {
                new { kind = "swap", exercise = "incline-push-up", replacement = "push-up", reason = "no bench here" },
                new { kind = "skip", exercise = "bodyweight-good-morning", reason = "lower back twinge" },
                new { kind = "add", exercise = "jumping-jack" },
            },
        }, _ct);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync(_ct));
        var whole = (await uploaded.Content.ReadFromJsonAsync<WorkoutLogOut>(_ct))!;
        JsonSerializer.Serialize(log with { Id = whole.Id }).ShouldBe(JsonSerializer.Serialize(whole));

        // A whole upload's changes follow the same rules.
        using var bad = await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = live.PerformedOn,
            exercises = new[] { new { exercise = "push-up", sets = new[] { new { reps = 6 } } } },
            changes = new[] { new { kind = "skip", exercise = "plank", reason = "no session to skip from" } },
        }, _ct);
        (await PlatformTestHelpers.FieldErrorsAsync(bad)).Keys.ShouldBe(["changes[0].exercise"]);
    }

    private async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(_ct);
        response.StatusCode.ShouldBe(status, body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        problem.GetProperty("code").GetString().ShouldBe(code);
        return problem;
    }
}
