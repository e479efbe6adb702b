using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Programming;

/// <summary>Plans and sessions over HTTP: generation from the profile, one active plan, changes to sessions, ownership, bad input.</summary>
public sealed class PlanApiTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<TestUser> AthleteAsync(object? profile = null)
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", profile ?? new
        {
            level = "intermediate",
            equipment = new[] { "pull-up-bar", "dip-bars" },
            trainingDaysPerWeek = 4,
            preferredWeekdays = new[] { "monday", "tuesday", "thursday", "saturday" },
            sessionMinutes = 45,
            timeZone = "Europe/Berlin",
        }, _ct)).EnsureSuccessStatusCode();
        return user;
    }

    private async Task<Plan> CreatePlanAsync(TestUser user, object? body = null)
    {
        var response = await user.Client.PostAsJsonAsync("/v1/plans", body ?? new { }, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
        return (await response.Content.ReadFromJsonAsync<Plan>(_ct))!;
    }

    [Fact]
    public async Task A_plan_is_generated_from_the_profile_and_is_the_current_one()
    {
        var user = await AthleteAsync();

        var plan = await CreatePlanAsync(user, new { targetSkills = new[] { "muscle-up" } });

        plan.Status.ShouldBe("active");
        plan.Split.ShouldBe("upper-lower");
        plan.TimeZone.ShouldBe("Europe/Berlin");
        plan.EndDate.ShouldBe(plan.StartDate.AddDays(83));
        plan.Mesocycles.Select(m => m.Focus).ShouldBe(["foundation", "build", "skill"]);
        plan.Sessions.Length.ShouldBe(48);
        plan.Sessions.ShouldAllBe(s => s.Date.DayOfWeek == DayOfWeek.Monday || s.Date.DayOfWeek == DayOfWeek.Tuesday ||
                                       s.Date.DayOfWeek == DayOfWeek.Thursday || s.Date.DayOfWeek == DayOfWeek.Saturday);
        (await user.Client.GetFromJsonAsync<Plan>("/v1/plans/current", _ct))!.Id.ShouldBe(plan.Id);
        (await user.Client.GetFromJsonAsync<Plan>($"/v1/plans/{plan.Id}", _ct))!.Sessions.Length.ShouldBe(48);

        var week2 = (await user.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=2", _ct))!;
        week2.Sessions.Length.ShouldBe(4);
        week2.Sessions.ShouldAllBe(s => s.Week == 2 && s.Exercises.Length >= 4);
        var session = (await user.Client.GetFromJsonAsync<Session>($"/v1/sessions/{week2.Sessions[0].Id}", _ct))!;
        session.Exercises.Select(e => e.Order).ShouldBe(Enumerable.Range(1, session.Exercises.Length));
        session.Exercises.ShouldAllBe(e => e.Sets.Length >= 2 && e.Sets.All(s => (s.Reps ?? s.HoldSeconds) > 0 && s.RestSeconds > 0));
        session.WarmUp.Length.ShouldBeGreaterThanOrEqualTo(5);
        session.EstimatedMinutes.ShouldBeInRange(41, 50); // the profile's 45 minutes, ±10 %
        (await app.ScalarAsync<long>("SELECT count(*) FROM programming.outbox_messages WHERE payload->>'planId' = $1", plan.Id.ToString()))
            .ShouldBeGreaterThanOrEqualTo(1, "PlanCreated is published through the outbox");
    }

    [Fact]
    public async Task A_new_plan_archives_the_previous_one_which_stays_readable()
    {
        var user = await AthleteAsync();
        var first = await CreatePlanAsync(user);

        var second = await CreatePlanAsync(user);

        (await user.Client.GetFromJsonAsync<Plan>("/v1/plans/current", _ct))!.Id.ShouldBe(second.Id);
        (await user.Client.GetFromJsonAsync<Plan>($"/v1/plans/{first.Id}", _ct))!.Status.ShouldBe("archived");
        (await app.ScalarAsync<long>("SELECT count(*) FROM programming.workout_plans WHERE user_id = $1 AND status = 'Active'", user.Id)).ShouldBe(1);

        (await user.Client.PostAsync($"/v1/plans/{second.Id}/archive", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var none = await user.Client.GetAsync("/v1/plans/current", _ct);
        none.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await none.Content.ReadAsStringAsync(_ct)).ShouldContain("no_active_plan");
    }

    [Fact]
    public async Task Nobody_reads_or_changes_another_user_plan_or_sessions()
    {
        var owner = await AthleteAsync();
        var plan = await CreatePlanAsync(owner);
        var sessionId = plan.Sessions[0].Id;
        var other = await AthleteAsync();

        (await other.Client.GetAsync($"/v1/plans/{plan.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.GetAsync($"/v1/sessions/{sessionId}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PostAsync($"/v1/plans/{plan.Id}/archive", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PostAsJsonAsync($"/v1/sessions/{sessionId}/skip", new { }, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PostAsJsonAsync($"/v1/sessions/{sessionId}/reschedule", new { date = plan.Sessions[1].Date.AddDays(1) }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.Client.PostAsJsonAsync($"/v1/sessions/{sessionId}/swap", new { sessionExerciseId = Guid.NewGuid(), exercise = "push-up" }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        (await owner.Client.GetFromJsonAsync<Plan>("/v1/plans/current", _ct))!.Status.ShouldBe("active");
        (await owner.Client.GetFromJsonAsync<Session>($"/v1/sessions/{sessionId}", _ct))!.Status.ShouldBe("planned");
    }

    public static TheoryData<string, string> BadPlans => new()
    {
        { """{"daysPerWeek":9}""", "daysPerWeek" },
        { """{"sessionMinutes":5}""", "sessionMinutes" },
        { """{"preferredWeekdays":[]}""", "preferredWeekdays" },
        { """{"preferredWeekdays":["someday"]}""", "preferredWeekdays" },
        { """{"targetSkills":["flying"]}""", "targetSkills[0]" },
        { """{"targetSkills":["front-lever","planche","v-sit","l-sit"]}""", "targetSkills" },
        { """{"startDate":"2001-01-01"}""", "startDate" },
        { """{"startDate":"not a date"}""", "startDate" },
        { """{"currentVariations":{"vertical-pull":"push-up"}}""", "currentVariations.vertical-pull" },
    };

    [Theory]
    [MemberData(nameof(BadPlans))]
    public async Task Bad_plan_requests_are_400_with_the_field_named_and_write_nothing(string body, string field)
    {
        var user = await AthleteAsync();

        var response = await user.Client.PostAsync("/v1/plans", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync(_ct);
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("errors").EnumerateObject().ShouldContain(p => p.Name.StartsWith(field, StringComparison.Ordinal), text);
        (await app.ScalarAsync<long>("SELECT count(*) FROM programming.workout_plans WHERE user_id = $1", user.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_skipped_session_cannot_be_skipped_again()
    {
        var user = await AthleteAsync();
        var plan = await CreatePlanAsync(user);
        var sessionId = plan.Sessions[1].Id;

        var skipped = await user.Client.PostAsJsonAsync($"/v1/sessions/{sessionId}/skip", new { reason = "travelling" }, _ct);
        skipped.StatusCode.ShouldBe(HttpStatusCode.OK);
        var session = (await skipped.Content.ReadFromJsonAsync<Session>(_ct))!;
        session.Status.ShouldBe("skipped");
        session.SkipReason.ShouldBe("travelling");

        var again = await user.Client.PostAsJsonAsync($"/v1/sessions/{sessionId}/skip", new { }, _ct);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadAsStringAsync(_ct)).ShouldContain("session_not_planned");
    }

    [Fact]
    public async Task A_session_moves_to_a_free_day_of_the_plan_but_not_to_the_past_or_onto_another_session()
    {
        var user = await AthleteAsync();
        var plan = await CreatePlanAsync(user);
        var (first, second) = (plan.Sessions[2], plan.Sessions[3]);
        var freeDay = Enumerable.Range(1, 6).Select(d => first.Date.AddDays(d)).First(d => plan.Sessions.All(s => s.Date != d));

        var moved = await user.Client.PostAsJsonAsync($"/v1/sessions/{first.Id}/reschedule", new { date = freeDay }, _ct);
        moved.StatusCode.ShouldBe(HttpStatusCode.OK, await moved.Content.ReadAsStringAsync(_ct));
        var session = (await moved.Content.ReadFromJsonAsync<Session>(_ct))!;
        session.Date.ShouldBe(freeDay);
        session.OriginalDate.ShouldBe(first.Date);

        (await user.Client.PostAsJsonAsync($"/v1/sessions/{first.Id}/reschedule", new { date = second.Date }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var past = await user.Client.PostAsJsonAsync($"/v1/sessions/{first.Id}/reschedule", new { date = plan.StartDate.AddDays(-1) }, _ct);
        past.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await past.Content.ReadAsStringAsync(_ct)).ShouldContain("\"date\"");
        (await user.Client.PostAsJsonAsync($"/v1/sessions/{first.Id}/reschedule", new { }, _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_exercise_is_swapped_for_a_progression_neighbour_here_and_in_later_weeks()
    {
        var user = await AthleteAsync();
        var plan = await CreatePlanAsync(user);
        var week1 = (await user.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=1", _ct))!;
        var (session, exercise) = week1.Sessions.SelectMany(s => s.Exercises.Select(e => (s, e))).First(x => x.e.Pattern == "vertical-pull");
        var chain = (await user.Client.GetFromJsonAsync<JsonElement>($"/v1/exercises/{exercise.Slug}/progressions", _ct))!;
        var easier = chain.GetProperty("easier").EnumerateArray()
            .Select(s => s.GetProperty("exercise"))
            .First(e => s_owned(e) && e.GetProperty("unit").GetString() == "reps" && s_distance(chain, e) == 1)
            .GetProperty("slug").GetString()!;

        var swapped = await user.Client.PostAsJsonAsync(
            $"/v1/sessions/{session.Id}/swap", new { sessionExerciseId = exercise.Id, exercise = easier, applyToRemainingWeeks = true }, _ct);

        swapped.StatusCode.ShouldBe(HttpStatusCode.OK, await swapped.Content.ReadAsStringAsync(_ct));
        var after = (await swapped.Content.ReadFromJsonAsync<Session>(_ct))!;
        var replaced = after.Exercises.Single(e => e.Id == exercise.Id);
        replaced.Slug.ShouldBe(easier);
        replaced.SwappedFromExerciseId.ShouldBe(exercise.ExerciseId);
        replaced.Sets.Length.ShouldBe(exercise.Sets.Length);
        var week5 = (await user.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=5", _ct))!;
        week5.Sessions.SelectMany(s => s.Exercises).ShouldNotContain(e => e.ExerciseId == exercise.ExerciseId);
        week5.Sessions.SelectMany(s => s.Exercises).ShouldContain(e => e.Slug == easier);

        var unrelated = await user.Client.PostAsJsonAsync($"/v1/sessions/{session.Id}/swap", new { sessionExerciseId = exercise.Id, exercise = "pistol-squat" }, _ct);
        unrelated.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unrelated.Content.ReadAsStringAsync(_ct)).ShouldContain("not_a_substitute");
        var noRings = await user.Client.PostAsJsonAsync($"/v1/sessions/{session.Id}/swap", new { sessionExerciseId = exercise.Id, exercise = "false-grip-ring-pull-up" }, _ct);
        noRings.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await noRings.Content.ReadAsStringAsync(_ct)).ShouldContain("equipment_missing");
        plan.Id.ShouldBe(session.PlanId);

        static bool s_owned(JsonElement e) =>
            e.GetProperty("equipment").EnumerateArray().All(q => q.GetString() is "pull-up-bar" or "dip-bars");

        static int s_distance(JsonElement chain, JsonElement exercise) =>
            chain.GetProperty("easier").EnumerateArray()
                .Single(s => s.GetProperty("exercise").GetProperty("slug").GetString() == exercise.GetProperty("slug").GetString())
                .GetProperty("distance").GetInt32();
    }
}
