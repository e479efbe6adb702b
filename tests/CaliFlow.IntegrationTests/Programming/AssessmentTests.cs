using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Exercises;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Programming;

public sealed record AssessedExercise(Guid Id, string Slug, string Name);

public sealed record AssessmentResult(string Test, string Pattern, AssessedExercise Exercise, int? MaxReps, int? MaxSeconds);

public sealed record AssessmentPlacement(string Pattern, AssessedExercise Exercise, string Reason, int? EstimatedMax, string Explanation);

public sealed record Assessment(Guid Id, DateOnly TakenOn, AssessmentResult[] Results, AssessmentPlacement[] Placements, DateTimeOffset CreatedAt);

public sealed record AssessmentPage(Assessment[] Items, Guid? NextBefore);

/// <summary>Placement assessments over HTTP: max tests place each pattern, new plans start there, ownership, bad input (issue #18, 12).</summary>
public sealed class AssessmentTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    private async Task<TestUser> BeginnerAsync()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            level = "beginner",
            equipment = new[] { "pull-up-bar", "wall" },
            trainingDaysPerWeek = 3,
            timeZone = "Europe/Berlin",
        }, _ct)).EnsureSuccessStatusCode();
        return user;
    }

    private async Task<Assessment> AssessAsync(TestUser user, object body)
    {
        var response = await user.Client.PostAsJsonAsync("/v1/assessments", body, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(_ct));
        var assessment = (await response.Content.ReadFromJsonAsync<Assessment>(_ct))!;
        response.Headers.Location!.OriginalString.ShouldBe($"/v1/assessments/{assessment.Id}");
        return assessment;
    }

    /// <summary>Where the new plan starts a pattern (horizontal push unless named): its first exercise of that pattern.</summary>
    private async Task<string> PlannedStartAsync(TestUser user, object body, string pattern = "horizontal-push")
    {
        (await user.Client.PostAsJsonAsync("/v1/plans", body, _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var week = (await user.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=1", _ct))!;
        return week.Sessions.OrderBy(s => s.Date).SelectMany(s => s.Exercises.OrderBy(e => e.Order)).First(e => e.Pattern == pattern).Slug;
    }

    [Fact]
    public async Task Three_knee_push_ups_place_horizontal_push_one_step_easier()
    {
        var user = await BeginnerAsync();

        var assessment = await AssessAsync(user, new { pushUps = new { exercise = "knee-push-up", maxReps = 3 } });

        assessment.Results.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            r => r.Test.ShouldBe("pushUps"),
            r => r.Exercise.Slug.ShouldBe("knee-push-up"),
            r => r.MaxReps.ShouldBe(3));
        var placement = assessment.Placements.ShouldHaveSingleItem();
        placement.Pattern.ShouldBe("horizontal-push");
        placement.Exercise.Slug.ShouldBe("wall-push-up");
        placement.Reason.ShouldBe("stepped-down");
        placement.Explanation.ShouldContain("under 5 reps");
        (await app.ScalarAsync<string>(
                "SELECT placements->'horizontal-push'->>'exerciseId' FROM programming.assessments WHERE id = $1", assessment.Id))
            .ShouldBe(placement.Exercise.Id.ToString());
    }

    [Fact]
    public async Task Twenty_five_push_ups_place_horizontal_push_above_the_push_up_and_every_test_is_placed()
    {
        var user = await BeginnerAsync();

        var assessment = await AssessAsync(user, new
        {
            pushUps = new { maxReps = 25 },
            rows = new { maxReps = 8 },
            pullUps = new { exercise = "flexed-arm-hang", maxSeconds = 12 },
            squats = new { maxReps = 20 },
            gluteBridges = new { maxReps = 15 },
            plank = new { maxSeconds = 45 },
        });

        assessment.Results.Select(r => r.Test).ShouldBe(["pushUps", "rows", "pullUps", "squats", "gluteBridges", "plank"]);
        assessment.Placements.Select(p => p.Pattern)
            .ShouldBe(["horizontal-push", "horizontal-pull", "vertical-pull", "squat", "hinge", "core-anti-extension"]);
        // Past 1.5× the push-ups that unlock the diamond push-up (at least 1.5× the 5 reps of working sets): stepped up, with
        // at least working sets estimated on the harder step.
        var chain = (await user.Client.GetFromJsonAsync<Chain>("/v1/exercises/push-up/progressions", _ct))!;
        var unlock = chain.Edges.Single(e => e.From == "push-up" && e.To == "diamond-push-up").Rule.Reps!.Value;
        var line = (int)Math.Ceiling(1.5m * Math.Max(unlock, 5));
        25.ShouldBeGreaterThanOrEqualTo(line);
        var push = assessment.Placements[0];
        push.Exercise.Slug.ShouldBe("diamond-push-up");
        push.Reason.ShouldBe("stepped-up");
        push.EstimatedMax!.Value.ShouldBeGreaterThanOrEqualTo(5); // at least working sets on the harder step
        push.Explanation.ShouldContain("Push-up → Diamond push-up");
        assessment.Placements[1].ShouldSatisfyAllConditions(p => p.Exercise.Slug.ShouldBe("inverted-row"), p => p.Reason.ShouldBe("tested"));
        assessment.Placements[2].Exercise.Slug.ShouldBe("flexed-arm-hang");
        assessment.Placements.ShouldAllBe(p => p.Explanation.Length > 20);
    }

    [Fact]
    public async Task New_plans_start_where_the_latest_recent_assessment_placed_a_pattern_unless_the_request_names_one()
    {
        var user = await BeginnerAsync();
        var unassessed = await PlannedStartAsync(user, new { }); // the plan's cautious start for a beginner
        unassessed.ShouldNotBeOneOf("diamond-push-up", "wall-push-up", "knee-push-up");

        await AssessAsync(user, new { pushUps = new { maxReps = 25 } });
        (await PlannedStartAsync(user, new { })).ShouldBe("diamond-push-up");

        await AssessAsync(user, new { pushUps = new { exercise = "knee-push-up", maxReps = 3 } });
        (await PlannedStartAsync(user, new { })).ShouldBe("wall-push-up", "the latest assessment counts");

        (await PlannedStartAsync(user, new { currentVariations = new Dictionary<string, string> { ["horizontal-push"] = "knee-push-up" } }))
            .ShouldBe("knee-push-up", "the request's own variation wins");

        await app.ExecuteAsync("UPDATE programming.assessments SET taken_on = taken_on - 91 WHERE user_id = $1", user.Id);
        (await PlannedStartAsync(user, new { })).ShouldBe(unassessed, "an assessment older than 90 days places nothing");
    }

    [Fact]
    public async Task Assessments_are_listed_newest_first_and_read_one_by_one_only_by_their_owner()
    {
        var user = await BeginnerAsync();
        var first = await AssessAsync(user, new { squats = new { maxReps = 12 } });
        var second = await AssessAsync(user, new { plank = new { maxSeconds = 30 } });
        var third = await AssessAsync(user, new { rows = new { maxReps = 10 } });

        var page = (await user.Client.GetFromJsonAsync<AssessmentPage>("/v1/assessments?limit=2", _ct))!;
        page.Items.Select(a => a.Id).ShouldBe([third.Id, second.Id]);
        page.NextBefore.ShouldBe(second.Id);
        var rest = (await user.Client.GetFromJsonAsync<AssessmentPage>($"/v1/assessments?limit=2&before={page.NextBefore}", _ct))!;
        rest.Items.Select(a => a.Id).ShouldBe([first.Id]);
        rest.NextBefore.ShouldBeNull();

        var one = (await user.Client.GetFromJsonAsync<Assessment>($"/v1/assessments/{first.Id}", _ct))!;
        one.Placements.ShouldHaveSingleItem().Exercise.Slug.ShouldBe(first.Placements[0].Exercise.Slug);
        one.TakenOn.ShouldBe(first.TakenOn);

        var other = await BeginnerAsync();
        var notFound = await other.Client.GetAsync($"/v1/assessments/{first.Id}", _ct);
        notFound.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await notFound.Content.ReadAsStringAsync(_ct)).ShouldContain("assessment_not_found");
        (await other.Client.GetFromJsonAsync<AssessmentPage>("/v1/assessments", _ct))!.Items.ShouldBeEmpty();
        var rows = third.Placements.ShouldHaveSingleItem().Exercise.Slug;
        (await PlannedStartAsync(user, new { }, "horizontal-pull")).ShouldBe(rows, "the owner's plan starts where their rows placed them");
        (await PlannedStartAsync(other, new { }, "horizontal-pull")).ShouldNotBe(rows, "someone else's assessment places nothing");
    }

    public static TheoryData<string, string> BadAssessments => new()
    {
        { """{}""", "tests" },
        { """{"pushUps":null}""", "tests" },
        { """{"pushUps":{"maxReps":-1}}""", "pushUps.maxReps" },
        { """{"pullUps":{"maxReps":100000}}""", "pullUps.maxReps" },
        { """{"rows":{}}""", "rows.maxReps" },
        { """{"squats":{"maxReps":10,"maxSeconds":10}}""", "squats.maxSeconds" },
        { """{"gluteBridges":{"exercise":"","maxReps":5}}""", "gluteBridges.exercise" },
        { """{"pushUps":{"exercise":"flying-push-up","maxReps":5}}""", "pushUps.exercise" },
        { """{"pushUps":{"exercise":"pull-up","maxReps":5}}""", "pushUps.exercise" },
        { """{"squats":{"maxReps":20},"plank":{"maxReps":30}}""", "plank.maxSeconds" },
        { """{"pullUps":{"exercise":"flexed-arm-hang","maxReps":3}}""", "pullUps.maxSeconds" },
        { """{"pushUps":{"maxReps":"many"}}""", "pushUps.maxReps" },
    };

    [Theory]
    [MemberData(nameof(BadAssessments))]
    public async Task Bad_assessments_are_400_with_the_field_named_and_write_nothing(string body, string field)
    {
        var user = await BeginnerAsync();

        var response = await user.Client.PostAsync("/v1/assessments", new StringContent(body, Encoding.UTF8, "application/json"), _ct);

        var text = await response.Content.ReadAsStringAsync(_ct);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, text);
        using var problem = JsonDocument.Parse(text);
        problem.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ShouldContain(field, text);
        (await app.ScalarAsync<long>("SELECT count(*) FROM programming.assessments WHERE user_id = $1", user.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task A_bad_page_size_is_a_400()
    {
        var user = await BeginnerAsync();

        (await user.Client.GetAsync("/v1/assessments?limit=0", _ct)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }
}
