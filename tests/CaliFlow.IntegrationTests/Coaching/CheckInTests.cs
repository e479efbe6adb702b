using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;
using static CaliFlow.IntegrationTests.Coaching.CoachingTestHelpers;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>Check-ins: due weekly, validated, owned, and autoregulating the plan both ways through Programming.</summary>
public sealed class CheckInTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private static JsonElement Session(JsonElement today) => today.GetProperty("session");

    private static JsonElement[] Adjustments(JsonElement today) => [.. Session(today).GetProperty("adjustments").EnumerateArray()];

    [Fact]
    public async Task A_check_in_is_due_weekly_and_one_a_day_and_a_retry_with_the_same_id_is_harmless()
    {
        var user = await app.CreateUserAsync();
        var due = await user.Client.GetFromJsonAsync<JsonElement>("/v1/check-ins/due", _ct);
        due.GetProperty("due").GetBoolean().ShouldBeTrue();
        due.GetProperty("regions").EnumerateArray().Select(r => r.GetString()).ShouldContain("lower-back");

        var id = Guid.CreateVersion7();
        var body = CheckIn(3, 3, 3, 3, 3, 3, id: id);
        var created = await user.Client.PostAsJsonAsync("/v1/check-ins", body, _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().ShouldBe($"/v1/check-ins/{id}");
        (await JsonAsync(created)).GetProperty("adjustments").GetArrayLength().ShouldBe(0); // middling scores: the plan stays

        var retried = await user.Client.PostAsJsonAsync("/v1/check-ins", body, _ct);
        retried.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await JsonAsync(retried)).GetProperty("id").GetGuid().ShouldBe(id);

        var again = await user.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(3, 3, 3, 3, 3, 3), _ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await JsonAsync(again)).GetProperty("code").GetString().ShouldBe("check_in_exists");

        var after = await user.Client.GetFromJsonAsync<JsonElement>("/v1/check-ins/due", _ct);
        after.GetProperty("due").GetBoolean().ShouldBeFalse();
        after.GetProperty("dueOn").GetString().ShouldBe(after.GetProperty("today").GetDateTime().AddDays(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        (await app.ScalarAsync<long>(
            "SELECT count(*) FROM coaching.outbox_messages WHERE type LIKE '%CheckInSubmittedIntegrationEvent%' AND payload::text LIKE '%' || $1 || '%'",
            id.ToString())).ShouldBe(1);
    }

    [Theory]
    [InlineData("{\"sleep\":0,\"energy\":3,\"soreness\":3,\"stress\":3,\"motivation\":3,\"perceivedDifficulty\":3}", "sleep")]
    [InlineData("{\"sleep\":3,\"soreness\":3,\"stress\":3,\"motivation\":3,\"perceivedDifficulty\":3}", "energy")]
    [InlineData("{\"sleep\":3,\"energy\":3,\"soreness\":6,\"stress\":3,\"motivation\":3,\"perceivedDifficulty\":3}", "soreness")]
    [InlineData("{\"sleep\":3,\"energy\":3,\"soreness\":3,\"stress\":3,\"motivation\":3,\"perceivedDifficulty\":3,\"pain\":{\"spleen\":4}}", "pain")]
    [InlineData("{\"sleep\":3,\"energy\":3,\"soreness\":3,\"stress\":3,\"motivation\":3,\"perceivedDifficulty\":3,\"pain\":{\"knee\":11}}", "pain")]
    [InlineData("{\"sleep\":3,\"energy\":3,\"soreness\":3,\"stress\":3,\"motivation\":3,\"perceivedDifficulty\":3,\"bodyWeightKg\":5}", "bodyWeightKg")]
    public async Task Bad_input_is_400_with_the_field(string body, string field)
    {
        var user = await app.CreateUserAsync();
        var response = await user.Client.PostAsync("/v1/check-ins", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await JsonAsync(response)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).ShouldContain(n => n.StartsWith(field, StringComparison.Ordinal), errors.ToString());
    }

    [Fact]
    public async Task Another_users_check_ins_are_not_found_and_not_listed()
    {
        var alice = await app.CreateUserAsync();
        var bob = await app.CreateUserAsync();
        var created = await JsonAsync(await alice.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(4, 4, 2, 2, 4, 3, new { knee = 2 }), _ct));
        var id = created.GetProperty("id").GetGuid();

        (await bob.Client.GetAsync($"/v1/check-ins/{id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await bob.Client.GetFromJsonAsync<JsonElement>("/v1/check-ins", _ct)).GetProperty("items").GetArrayLength().ShouldBe(0);
        var mine = await alice.Client.GetFromJsonAsync<JsonElement>($"/v1/check-ins/{id}", _ct);
        mine.GetProperty("pain").GetProperty("knee").GetInt32().ShouldBe(2);
        (await alice.Client.GetFromJsonAsync<JsonElement>("/v1/check-ins", _ct)).GetProperty("items")[0].GetProperty("id").GetGuid().ShouldBe(id);
    }

    [Fact]
    public async Task Very_high_fatigue_brings_the_deload_forward_on_todays_workout_with_the_reason()
    {
        var user = await AthleteWithPlanAsync(app);
        var before = await TodayAsync(user);
        before.Session!.Deload.ShouldBeFalse();

        var checkIn = await JsonAsync(await user.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(1, 1, 5, 5, 1, 5), _ct));
        checkIn.GetProperty("fatigue").GetDecimal().ShouldBe(5m);
        checkIn.GetProperty("adjustments").EnumerateArray().Select(a => a.GetProperty("kind").GetString()).ShouldBe(["early-deload"]);

        var after = await TodayWhenAsync(user, t => Adjustments(t).Length > 0);
        Session(after).GetProperty("id").GetGuid().ShouldBe(before.Session.Id);
        Session(after).GetProperty("deload").GetBoolean().ShouldBeTrue();
        var adjustment = Adjustments(after).Single();
        adjustment.GetProperty("kind").GetString().ShouldBe("early-deload");
        adjustment.GetProperty("reason").GetString()!.ShouldContain("deload");
        var exercises = Session(after).GetProperty("exercises").EnumerateArray().ToList();
        exercises.ShouldNotBeEmpty();
        foreach (var exercise in exercises)
        {
            var sets = exercise.GetProperty("sets").EnumerateArray().ToList();
            sets.Count.ShouldBeLessThanOrEqualTo(2);
            sets.ShouldAllBe(s => s.GetProperty("targetRpe").GetInt32() <= 6);
        }
    }

    [Fact]
    public async Task Building_fatigue_takes_a_set_and_an_rpe_point_off_the_coming_week()
    {
        var user = await AthleteWithPlanAsync(app);
        var before = (await TodayAsync(user)).Session!;

        // Fatigue (3 + 3 + 4 + 4 + 3 + 4) / 6 = 3.5: high, not very high, and no earlier check-in.
        var checkIn = await JsonAsync(await user.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(3, 3, 4, 4, 3, 4), _ct));
        checkIn.GetProperty("adjustments")[0].GetProperty("kind").GetString().ShouldBe("reduce-volume");

        var after = await TodayWhenAsync(user, t => Adjustments(t).Length > 0);
        Adjustments(after).Single().GetProperty("reason").GetString()!.ShouldContain("one set fewer");
        var exercises = Session(after).GetProperty("exercises").EnumerateArray().ToList();
        before.Exercises.ShouldNotBeEmpty();
        for (var i = 0; i < before.Exercises.Length; i++)
        {
            var sets = exercises[i].GetProperty("sets").EnumerateArray().ToList();
            sets.Count.ShouldBe(before.Exercises[i].Sets.Length > 2 ? before.Exercises[i].Sets.Length - 1 : before.Exercises[i].Sets.Length);
            sets[0].GetProperty("targetRpe").GetInt32().ShouldBe(Math.Max(5, before.Exercises[i].Sets[0].TargetRpe - 1));
        }
    }

    [Fact]
    public async Task Feeling_fresh_with_easy_sessions_moves_the_next_step_forward()
    {
        var user = await AthleteWithPlanAsync(app);
        var before = (await TodayAsync(user)).Session!;

        var checkIn = await JsonAsync(await user.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(5, 5, 1, 1, 5, 1), _ct));
        checkIn.GetProperty("adjustments")[0].GetProperty("kind").GetString().ShouldBe("progress-sooner");

        var after = await TodayWhenAsync(user, t => Adjustments(t).Length > 0);
        Adjustments(after).Single().GetProperty("kind").GetString().ShouldBe("progress-sooner");
        var exercises = Session(after).GetProperty("exercises").EnumerateArray().ToList();
        before.Exercises.ShouldNotBeEmpty();
        for (var i = 0; i < before.Exercises.Length; i++)
        {
            var was = before.Exercises[i].Sets[0];
            var now = exercises[i].GetProperty("sets")[0];
            if (was.HoldSeconds is { } hold)
            {
                now.GetProperty("holdSeconds").GetInt32().ShouldBe(hold + 5);
            }
            else
            {
                now.GetProperty("reps").GetInt32().ShouldBe(was.Reps!.Value + 1);
            }
        }
    }

    [Fact]
    public async Task Shoulder_pain_steps_the_patterns_that_load_it_down_to_easier_variations()
    {
        // Full-body sessions: the next one holds both exercises that load the shoulder and leg exercises that do not.
        var user = await AthleteWithPlanAsync(app, trainingDaysPerWeek: 3);
        var before = (await TodayAsync(user)).Session!;

        var checkIn = await JsonAsync(await user.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(4, 4, 2, 2, 4, 3, new { shoulder = 6 }), _ct));
        var adjustments = checkIn.GetProperty("adjustments").EnumerateArray().ToList();
        adjustments.ShouldAllBe(a => a.GetProperty("kind").GetString() == "easier-variation");
        var stepDown = adjustments.Select(a => a.GetProperty("pattern").GetString()!).ToHashSet();
        stepDown.ShouldContain("horizontal-push");
        stepDown.ShouldNotContain("squat");
        var loaded = before.Exercises.Where(e => stepDown.Contains(e.Pattern)).ToList();
        loaded.ShouldNotBeEmpty("the test needs a session with a shoulder-loading exercise");

        // One adjustment per pattern, each its own event: wait for all those the session has.
        var patterns = loaded.Select(e => e.Pattern).Distinct().Count();
        var after = await TodayWhenAsync(user, t => Adjustments(t).Length == patterns);
        Adjustments(after).ShouldAllBe(a => a.GetProperty("reason").GetString()!.Contains("shoulder 6/10"));
        var exercises = Session(after).GetProperty("exercises").EnumerateArray().ToList();
        foreach (var exercise in loaded)
        {
            var now = exercises.Single(e => e.GetProperty("id").GetGuid() == exercise.Id);
            // Swapped to an easier step (remembering what it was), or, with nothing easier in the graph, done lighter.
            var swapped = now.GetProperty("exerciseId").GetGuid() != exercise.ExerciseId;
            if (swapped)
            {
                now.GetProperty("swappedFromExerciseId").GetGuid().ShouldBe(exercise.ExerciseId);
            }
            else
            {
                now.GetProperty("sets")[0].GetProperty("targetRpe").GetInt32().ShouldBeLessThan(exercise.Sets[0].TargetRpe);
            }
        }

        // Exercises of patterns that do not load the shoulder are untouched.
        var legs = before.Exercises.Where(e => e.Pattern is "squat" or "hinge" or "single-leg").ToList();
        legs.ShouldNotBeEmpty("the test needs a session with leg exercises");
        foreach (var exercise in legs)
        {
            var now = exercises.Single(e => e.GetProperty("id").GetGuid() == exercise.Id);
            now.GetProperty("exerciseId").GetGuid().ShouldBe(exercise.ExerciseId);
            now.GetProperty("sets")[0].GetProperty("targetRpe").GetInt32().ShouldBe(exercise.Sets[0].TargetRpe);
        }
    }
}
