using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Exercises;

/// <summary>
/// Admin changes to the library keep the graph sound (no loops, harder steps harder) and are seen at once by readers.
/// The tests share one app and database of their own: each changes exercises and edges no other test of the class reads (the seed's
/// incline-one-arm-push-up → one-arm-push-up edge is only read here; ProgressionChangeTests change it, each on an app of its
/// own).
/// </summary>
public sealed class LibraryAdminTests(AppWithAdmin fixture) : IClassFixture<AppWithAdmin>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = fixture.App;
    private readonly TestUser _admin = fixture.Admin;

    private static object NewExercise(string slug, int difficulty, string unit = "reps") => new
    {
        slug,
        name = $"Test {slug}",
        pattern = "horizontal-push",
        difficulty,
        equipment = new[] { "parallettes" },
        primaryMuscles = new[] { "chest", "triceps" },
        secondaryMuscles = new[] { "abs" },
        unit,
        perSide = false,
        bodyweightFraction = 0.7m,
        instructions = "Hands on parallettes, body straight, lower until the chest passes the hands and press back up.",
        cues = new[] { "Squeeze the handles", "Elbows at 45 degrees" },
        commonMistakes = new[] { "Sagging hips" },
    };

    internal static object Rule(int reps = 8) => new { sets = 3, reps, maxRpe = 8, sessions = 2, withinDays = 14 };

    [Fact]
    public async Task Members_cannot_change_the_library()
    {
        var member = await _app.CreateUserAsync();

        (await member.Client.PostAsJsonAsync("/v1/exercises", NewExercise("member-push-up", 4), _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.Client.PostAsJsonAsync("/v1/progressions", new { from = "push-up", to = "one-arm-push-up", rule = Rule() }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var pushUp = (await member.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/push-up", _ct))!;
        (await member.Client.PostAsync($"/v1/exercises/{pushUp.Id}/retire", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM exercises.exercises WHERE slug = 'member-push-up'")).ShouldBe(0);
    }

    [Fact]
    public async Task An_admin_adds_an_exercise_and_an_edge_and_readers_see_them_at_once()
    {
        var before = await _admin.Client.GetFromJsonAsync<Chain>("/v1/exercises/push-up/progressions", _ct);

        var created = await _admin.Client.PostAsJsonAsync("/v1/exercises", NewExercise("parallette-push-up-test", 5), _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var exercise = (await created.Content.ReadFromJsonAsync<ExerciseDetails>(_ct))!;
        exercise.Id.Version.ShouldBe(7);
        var edge = await _admin.Client.PostAsJsonAsync(
            "/v1/progressions", new { from = "push-up", to = "parallette-push-up-test", rule = Rule(15) }, _ct);
        edge.StatusCode.ShouldBe(HttpStatusCode.Created);

        var after = (await _admin.Client.GetFromJsonAsync<Chain>("/v1/exercises/push-up/progressions", _ct))!;
        after.Harder.Length.ShouldBe(before!.Harder.Length + 1);
        after.Edges.ShouldContain(e => e.From == "push-up" && e.To == "parallette-push-up-test" && e.Rule.Reps == 15);
        (await _admin.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/parallette-push-up-test", _ct))!.Name
            .ShouldBe("Test parallette-push-up-test");
    }

    [Fact]
    public async Task An_edge_that_would_close_a_loop_is_refused_and_nothing_is_written()
    {
        var edges = await _app.ScalarAsync<long>("SELECT count(*) FROM exercises.progressions");

        // push-up already leads (through several steps) to one-arm-push-up.
        var loop = await _admin.Client.PostAsJsonAsync("/v1/progressions", new { from = "one-arm-push-up", to = "push-up", rule = Rule() }, _ct);

        loop.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await loop.Content.ReadAsStringAsync(_ct)).ShouldContain("progression_cycle");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM exercises.progressions")).ShouldBe(edges);
    }

    [Fact]
    public async Task An_edge_to_an_easier_or_equal_exercise_is_refused()
    {
        // Unconnected exercises of equal difficulty (2 and 2), so only the difficulty rule can refuse it.
        var response = await _admin.Client.PostAsJsonAsync(
            "/v1/progressions", new { from = "glute-bridge-walkout", to = "incline-push-up", rule = Rule() }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync(_ct)).ShouldContain("difficulty_order");
    }

    [Fact]
    public async Task A_rule_in_the_wrong_unit_is_a_400()
    {
        // A hold is measured in seconds, so a reps rule out of it cannot be checked.
        var response = await _admin.Client.PostAsJsonAsync(
            "/v1/progressions", new { from = "plank", to = "dragon-flag", rule = Rule() }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(_ct)).ShouldContain("rule.holdSeconds");
    }

    [Fact]
    public async Task Changing_a_difficulty_across_a_neighbour_is_refused()
    {
        var pushUp = (await _admin.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/push-up", _ct))!;

        var response = await _admin.Client.PutAsJsonAsync($"/v1/exercises/{pushUp.Id}", Update(pushUp, difficulty: 9), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await response.Content.ReadAsStringAsync(_ct)).ShouldContain("difficulty_order");
        (await _admin.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/push-up", _ct))!.Difficulty.ShouldBe(pushUp.Difficulty);
    }

    [Fact]
    public async Task An_update_is_visible_to_the_next_read_and_changes_the_etag()
    {
        var first = await _admin.Client.GetAsync("/v1/exercises/decline-push-up", _ct);
        var etag = first.Headers.ETag!.Tag;
        var exercise = (await first.Content.ReadFromJsonAsync<ExerciseDetails>(_ct))!;

        var updated = await _admin.Client.PutAsJsonAsync($"/v1/exercises/{exercise.Id}", Update(exercise, name: "Feet-elevated push-up"), _ct);
        updated.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var conditional = new HttpRequestMessage(HttpMethod.Get, "/v1/exercises/decline-push-up");
        conditional.Headers.TryAddWithoutValidation("If-None-Match", etag);
        var second = await _admin.Client.SendAsync(conditional, _ct);
        second.StatusCode.ShouldBe(HttpStatusCode.OK);
        second.Headers.ETag!.Tag.ShouldNotBe(etag);
        (await second.Content.ReadFromJsonAsync<ExerciseDetails>(_ct))!.Name.ShouldBe("Feet-elevated push-up");
    }

    [Fact]
    public async Task An_exercise_is_changed_by_its_slug_as_by_its_id()
    {
        var exercise = (await _admin.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/wall-push-up", _ct))!;

        var updated = await _admin.Client.PutAsJsonAsync("/v1/exercises/wall-push-up", Update(exercise, name: "Standing wall push-up"), _ct);

        updated.StatusCode.ShouldBe(HttpStatusCode.OK, await updated.Content.ReadAsStringAsync(_ct));
        (await updated.Content.ReadFromJsonAsync<ExerciseDetails>(_ct))!.Id.ShouldBe(exercise.Id);
        (await _admin.Client.PutAsJsonAsync("/v1/exercises/no-such-exercise", Update(exercise), _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_retired_exercise_leaves_browsing_and_the_graph_but_stays_readable_by_id()
    {
        var archer = (await _admin.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/archer-row", _ct))!;

        (await _admin.Client.PostAsync($"/v1/exercises/{archer.Id}/retire", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var byId = (await _admin.Client.GetFromJsonAsync<ExerciseDetails>($"/v1/exercises/{archer.Id}", _ct))!;
        byId.Retired.ShouldBeTrue();
        var rows = (await _admin.Client.GetFromJsonAsync<ExercisePage>("/v1/exercises?pattern=horizontal-pull&limit=100", _ct))!;
        rows.Items.ShouldNotContain(e => e.Slug == "archer-row");
        var chain = (await _admin.Client.GetFromJsonAsync<Chain>("/v1/exercises/ring-row/progressions", _ct))!;
        chain.Edges.ShouldNotContain(e => e.From == "archer-row" || e.To == "archer-row");
        (await _app.ScalarAsync<long>(
            "SELECT count(*) FROM exercises.progressions WHERE (from_exercise_id = $1 OR to_exercise_id = $1) AND retired_at IS NULL",
            archer.Id)).ShouldBe(0);
    }

    [Fact]
    public async Task Invalid_exercises_are_400_with_field_errors_and_nothing_is_written()
    {
        var response = await _admin.Client.PostAsJsonAsync("/v1/exercises", new
        {
            slug = "Bad Slug",
            name = "",
            pattern = "horizontal-push",
            difficulty = 11,
            equipment = new[] { "rings" },
            primaryMuscles = Array.Empty<string>(),
            secondaryMuscles = Array.Empty<string>(),
            unit = "reps",
            perSide = false,
            bodyweightFraction = 2.5m,
            instructions = "Short",
            cues = new[] { "Only one cue" },
            commonMistakes = Array.Empty<string>(),
        }, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.Content.ReadAsStringAsync(_ct);
        foreach (var field in new[] { "slug", "name", "difficulty", "primaryMuscles", "bodyweightFraction", "instructions", "cues" })
        {
            body.ShouldContain($"\"{field}\"");
        }

        (await _app.ScalarAsync<long>("SELECT count(*) FROM exercises.exercises WHERE slug = 'Bad Slug'")).ShouldBe(0);
    }

    /// <summary>The live edge between two exercises, as readers see it.</summary>
    internal static async Task<Edge> EdgeAsync(TestUser admin, string from, string to, CancellationToken ct)
    {
        var chain = (await admin.Client.GetFromJsonAsync<Chain>($"/v1/exercises/{to}/progressions", ct))!;
        return chain.Edges.Single(e => e.From == from && e.To == to);
    }

    private Task<Edge> EdgeAsync(string from, string to) => EdgeAsync(_admin, from, to, _ct);

    [Fact]
    public async Task Members_and_anonymous_callers_cannot_change_or_retire_a_progression()
    {
        var member = await _app.CreateUserAsync();
        var edge = await EdgeAsync("incline-one-arm-push-up", "one-arm-push-up");
        var rule = new { sets = 5, reps = 3, maxRpe = 9, sessions = 3, withinDays = 21 };

        (await member.Client.PutAsJsonAsync($"/v1/progressions/{edge.Id}", new { rule }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.Client.PostAsync($"/v1/progressions/{edge.Id}/retire", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var anonymous = _app.CreateClient();
        (await anonymous.PutAsJsonAsync($"/v1/progressions/{edge.Id}", new { rule }, _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostAsync($"/v1/progressions/{edge.Id}/retire", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await EdgeAsync("incline-one-arm-push-up", "one-arm-push-up")).Rule.ShouldBe(new Rule(3, 8, null, 8, 2, 14)); // the seed's rule
    }

    [Fact]
    public async Task An_invalid_rule_is_a_400_with_the_fields_and_the_rule_stays()
    {
        var edge = await EdgeAsync("incline-one-arm-push-up", "one-arm-push-up");

        var outOfRange = await _admin.Client.PutAsJsonAsync(
            $"/v1/progressions/{edge.Id}", new { rule = new { sets = 0, reps = 101, maxRpe = 11, sessions = 6, withinDays = 61 } }, _ct);
        // The easier step is counted in reps, so a hold rule cannot be checked on it.
        var wrongUnit = await _admin.Client.PutAsJsonAsync(
            $"/v1/progressions/{edge.Id}", new { rule = new { sets = 3, holdSeconds = 30, maxRpe = 8, sessions = 2, withinDays = 14 } }, _ct);
        var missing = await _admin.Client.PutAsJsonAsync($"/v1/progressions/{edge.Id}", new { }, _ct);

        outOfRange.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = (await outOfRange.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name)
            .ShouldBe(["rule.sets", "rule.reps", "rule.maxRpe", "rule.sessions", "rule.withinDays"], ignoreOrder: true);
        wrongUnit.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await wrongUnit.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .ShouldBe(["rule.reps"]);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await EdgeAsync("incline-one-arm-push-up", "one-arm-push-up")).Rule.ShouldBe(new Rule(3, 8, null, 8, 2, 14));
    }

    [Fact]
    public async Task Changing_or_retiring_an_unknown_progression_is_a_404()
    {
        var unknown = Guid.NewGuid();

        var put = await _admin.Client.PutAsJsonAsync($"/v1/progressions/{unknown}", new { rule = Rule() }, _ct);
        var retire = await _admin.Client.PostAsync($"/v1/progressions/{unknown}/retire", null, _ct);

        put.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await put.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("progression_not_found");
        retire.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await retire.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("progression_not_found");
    }

    internal static object Update(ExerciseDetails e, int? difficulty = null, string? name = null) => new
    {
        name = name ?? e.Name,
        pattern = e.Pattern,
        difficulty = difficulty ?? e.Difficulty,
        equipment = e.Equipment,
        primaryMuscles = e.PrimaryMuscles,
        secondaryMuscles = e.SecondaryMuscles,
        unit = e.Unit,
        perSide = e.PerSide,
        bodyweightFraction = e.BodyweightFraction,
        instructions = e.Instructions,
        cues = e.Cues,
        commonMistakes = e.CommonMistakes,
    };
}
