using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Platform;
using CaliFlow.IntegrationTests.Programming;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

public sealed record LiveSetOut(Guid Id, Guid ExerciseId, string Exercise, int? Reps, int? HoldSeconds, decimal? Rpe, decimal? AddedWeightKg, decimal? AssistanceKg, DateTimeOffset UpdatedAt);

public sealed record LiveWorkoutOut(Guid Id, Guid? SessionId, DateOnly PerformedOn, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, Guid? WorkoutLogId, LiveSetOut[] Sets);

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

    private async Task<JsonElement> ShouldBeProblemAsync(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync(_ct);
        response.StatusCode.ShouldBe(status, body);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        problem.GetProperty("code").GetString().ShouldBe(code);
        return problem;
    }
}
