using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Exercises;

/// <summary>Browsing the seeded library over HTTP: filters, keyset pages, chains, paths and bad parameters.</summary>
public sealed class LibraryReadTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_seeded_library_has_22_patterns_and_their_exercises()
    {
        var user = await app.CreateUserAsync();

        var patterns = (await user.Client.GetFromJsonAsync<MovementPattern[]>("/v1/movement-patterns", _ct))!;

        patterns.Length.ShouldBe(22);
        patterns.Select(p => p.SortOrder).ShouldBe(Enumerable.Range(1, 22));
        patterns.ShouldAllBe(p => p.ExerciseCount > 0);
        patterns.Sum(p => p.ExerciseCount).ShouldBe((int)(await app.ScalarAsync<long>(
            "SELECT count(*) FROM exercises.exercises WHERE retired_at IS NULL"))!);
    }

    [Fact]
    public async Task Walking_every_page_returns_each_live_exercise_once_in_difficulty_then_slug_order()
    {
        var user = await app.CreateUserAsync();

        var all = await AllPages(user.Client, "/v1/exercises?limit=7");

        all.Select(e => e.Id).ShouldBeUnique();
        all.Count.ShouldBe((int)await app.ScalarAsync<long>("SELECT count(*) FROM exercises.exercises WHERE retired_at IS NULL"));
        all.ShouldBe(all.OrderBy(e => e.Difficulty).ThenBy(e => e.Slug, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task Filters_combine_and_every_result_matches_them()
    {
        var user = await app.CreateUserAsync();

        var found = await AllPages(user.Client, "/v1/exercises?pattern=vertical-pull&minDifficulty=3&maxDifficulty=6&muscle=lats&limit=5");

        found.ShouldNotBeEmpty();
        found.ShouldAllBe(e => e.Pattern == "vertical-pull" && e.Difficulty >= 3 && e.Difficulty <= 6);
        var expected = await app.ScalarAsync<long>(
            """
            SELECT count(*) FROM exercises.exercises e JOIN exercises.movement_patterns p ON p.id = e.pattern_id
            WHERE e.retired_at IS NULL AND p.slug = 'vertical-pull' AND e.difficulty BETWEEN 3 AND 6
              AND (e.primary_muscles ? 'lats' OR e.secondary_muscles ? 'lats')
            """);
        found.Count.ShouldBe((int)expected);
    }

    [Fact]
    public async Task The_equipment_filter_keeps_exercises_needing_nothing_else_and_can_use_the_profile()
    {
        var user = await app.CreateUserAsync();

        var floorOnly = await AllPages(user.Client, "/v1/exercises?limit=100&myEquipment=true");
        floorOnly.ShouldNotBeEmpty();
        floorOnly.ShouldAllBe(e => e.DoableWith());
        floorOnly.ShouldContain(e => e.Slug == "l-sit"); // parallettes usually, the floor also works

        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { equipment = new[] { "pull-up-bar", "rings" } }, _ct)).EnsureSuccessStatusCode();
        var mine = await AllPages(user.Client, "/v1/exercises?limit=100&myEquipment=true");
        var explicitList = await AllPages(user.Client, "/v1/exercises?limit=100&equipment=pull-up-bar,rings");

        mine.Select(e => e.Slug).ShouldBe(explicitList.Select(e => e.Slug));
        mine.Count.ShouldBeGreaterThan(floorOnly.Count);
        mine.ShouldAllBe(e => e.DoableWith("pull-up-bar", "rings"));
        mine.ShouldContain(e => e.Slug == "back-lever"); // rings usually, a bar also works
        mine.ShouldContain(e => e.Slug == "pull-up");
        mine.ShouldNotContain(e => e.Slug == "parallel-bar-dip");
    }

    [Fact]
    public async Task Searching_by_name_is_case_insensitive()
    {
        var user = await app.CreateUserAsync();

        var found = await AllPages(user.Client, "/v1/exercises?q=PLANCHE&limit=100");

        found.ShouldContain(e => e.Slug == "full-planche");
        found.ShouldAllBe(e => e.Name.Contains("planche", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_exercise_is_found_by_slug_or_id_and_an_unknown_one_is_404()
    {
        var user = await app.CreateUserAsync();

        var bySlug = (await user.Client.GetFromJsonAsync<ExerciseDetails>("/v1/exercises/push-up", _ct))!;
        var byId = (await user.Client.GetFromJsonAsync<ExerciseDetails>($"/v1/exercises/{bySlug.Id}", _ct))!;

        byId.ShouldBeEquivalentTo(bySlug);
        bySlug.Cues.Length.ShouldBeGreaterThanOrEqualTo(2);
        bySlug.BodyweightFraction.ShouldBeInRange(0.6m, 0.7m);
        var missing = await user.Client.GetAsync("/v1/exercises/no-such-exercise", _ct);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await missing.Content.ReadAsStringAsync(_ct)).ShouldContain("exercise_not_found");
    }

    [Fact]
    public async Task The_chain_around_an_exercise_holds_its_easier_and_harder_steps()
    {
        var user = await app.CreateUserAsync();

        var chain = (await user.Client.GetFromJsonAsync<Chain>("/v1/exercises/pull-up/progressions", _ct))!;

        chain.Exercise.Slug.ShouldBe("pull-up");
        chain.Easier.ShouldContain(s => s.Exercise.Slug == "dead-hang");
        chain.Harder.ShouldContain(s => s.Exercise.Slug == "one-arm-pull-up");
        chain.Harder.ShouldContain(s => s.Exercise.Slug == "muscle-up");
        chain.Easier.ShouldAllBe(s => s.Exercise.Difficulty < 5 && s.Distance >= 1);
        chain.Harder.ShouldAllBe(s => s.Exercise.Difficulty > chain.Exercise.Difficulty);
        var members = chain.Easier.Concat(chain.Harder).Select(s => s.Exercise.Slug).Append("pull-up").ToHashSet();
        chain.Edges.ShouldAllBe(e => members.Contains(e.From) && members.Contains(e.To));
        chain.Edges.ShouldContain(e => e.To == "pull-up");
    }

    [Fact]
    public async Task The_path_to_a_skill_is_a_chain_of_edges_that_each_get_harder()
    {
        var user = await app.CreateUserAsync();

        var path = (await user.Client.GetFromJsonAsync<PathResponse>("/v1/progressions/path?from=wall-push-up&to=one-arm-push-up", _ct))!;

        path.Steps[0].Slug.ShouldBe("wall-push-up");
        path.Steps[^1].Slug.ShouldBe("one-arm-push-up");
        path.Edges.Length.ShouldBe(path.Steps.Length - 1);
        for (var i = 0; i < path.Edges.Length; i++)
        {
            path.Edges[i].From.ShouldBe(path.Steps[i].Slug);
            path.Edges[i].To.ShouldBe(path.Steps[i + 1].Slug);
            path.Steps[i + 1].Difficulty.ShouldBeGreaterThan(path.Steps[i].Difficulty);
            path.Edges[i].Rule.Sets.ShouldBeGreaterThan(0);
        }
    }

    [Theory]
    [InlineData("from=one-arm-push-up&to=wall-push-up", "no_progression_path", "easier")]
    [InlineData("from=push-up&to=front-lever", "no_progression_path", "different chains")]
    [InlineData("from=push-up&to=no-such-skill", "exercise_not_found", "no-such-skill")]
    public async Task A_path_that_does_not_exist_is_404_with_the_reason(string query, string code, string reason)
    {
        var user = await app.CreateUserAsync();

        var response = await user.Client.GetAsync($"/v1/progressions/path?{query}", _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var body = await response.Content.ReadAsStringAsync(_ct);
        body.ShouldContain(code);
        body.ShouldContain(reason);
    }

    public static TheoryData<string, string> BadQueries => new()
    {
        { "/v1/exercises?minDifficulty=0", "minDifficulty" },
        { "/v1/exercises?minDifficulty=abc", "minDifficulty" },
        { "/v1/exercises?minDifficulty=6&maxDifficulty=2", "maxDifficulty" },
        { "/v1/exercises?limit=0", "limit" },
        { "/v1/exercises?limit=101", "limit" },
        { "/v1/exercises?muscle=toes", "muscle" },
        { "/v1/exercises?equipment=jetpack", "equipment" },
        { "/v1/exercises?equipment=rings&myEquipment=true", "equipment" },
        { "/v1/exercises?cursor=not-a-cursor!", "cursor" },
        { "/v1/exercises?pattern=juggling", "pattern" },
        { "/v1/exercises?myEquipment=maybe", "myEquipment" },
        { "/v1/progressions/path?from=push-up", "to" },
        { "/v1/progressions/path", "from" },
    };

    [Theory]
    [MemberData(nameof(BadQueries))]
    public async Task Bad_query_parameters_are_400_with_the_parameter_named(string url, string field)
    {
        var user = await app.CreateUserAsync();

        var response = await user.Client.GetAsync(url, _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(_ct));
        problem.RootElement.GetProperty("errors").EnumerateObject()
            .ShouldContain(p => p.Name.StartsWith(field, StringComparison.Ordinal), await response.Content.ReadAsStringAsync(_ct));
    }

    [Fact]
    public async Task The_library_needs_a_signed_in_user()
    {
        (await app.CreateClient().GetAsync("/v1/exercises", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    private async Task<List<ExerciseSummary>> AllPages(HttpClient client, string url)
    {
        var all = new List<ExerciseSummary>();
        string? cursor = null;
        do
        {
            var page = (await client.GetFromJsonAsync<ExercisePage>(cursor is null ? url : $"{url}&cursor={cursor}", _ct))!;
            page.Items.Length.ShouldBeLessThanOrEqualTo(100);
            all.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        return all;
    }
}
