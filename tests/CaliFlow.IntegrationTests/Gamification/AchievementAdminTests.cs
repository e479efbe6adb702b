using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using static CaliFlow.IntegrationTests.Gamification.GamificationTestHelpers;

namespace CaliFlow.IntegrationTests.Gamification;

/// <summary>Admins define achievements; a changed rule is recomputed for every user from their counters.</summary>
public sealed class AchievementAdminTests(AppWithAdmin fixture) : IClassFixture<AppWithAdmin>
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = fixture.App;
    private readonly TestUser _admin = fixture.Admin;

    private static object Definition(object rule, string code = "pull-day-25", int points = 20) =>
        new { code, name = "Pull day", description = "25 vertical pulling reps in a day.", tier = "silver", points, rule };

    private static object PullDay(long threshold = 25) => new { metric = "reps", threshold, window = "day", pattern = "vertical-pull" };

    private static JsonElement Progress(JsonElement all, string code) =>
        all.EnumerateArray().Single(a => a.GetProperty("code").GetString() == code).GetProperty("progress");

    [Fact]
    public async Task Members_cannot_define_achievements()
    {
        var member = await _app.CreateUserAsync();

        (await member.Client.PostAsJsonAsync("/v1/achievements", Definition(PullDay(), "member-made"), _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await member.Client.PutAsJsonAsync("/v1/achievements/first-workout", Definition(new { metric = "workouts", threshold = 100 }), _ct))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM gamification.achievements WHERE code = 'member-made'")).ShouldBe(0);
        (await _app.ScalarAsync<string>("SELECT rule->>'threshold' FROM gamification.achievements WHERE code = 'first-workout'")).ShouldBe("1");
    }

    public static TheoryData<string, string> BadDefinitions => new()
    {
        { """{"code":"x-1","name":"X","description":"","tier":"gold","points":5,"rule":{"metric":"teleports","threshold":1}}""", "rule.metric" },
        { """{"code":"x-2","name":"X","description":"","tier":"gold","points":5,"rule":{"metric":"workouts","threshold":0}}""", "rule.threshold" },
        { """{"code":"x-3","name":"X","description":"","tier":"gold","points":5,"rule":{"metric":"day-streak","threshold":5,"window":"week"}}""", "rule.window" },
        { """{"code":"x-4","name":"X","description":"","tier":"gold","points":5,"rule":{"metric":"workouts","threshold":5,"window":"fortnight"}}""", "rule.window" },
        { """{"code":"x-5","name":"X","description":"","tier":"gold","points":5,"rule":{"metric":"reps","threshold":5,"pattern":"juggling"}}""", "rule.pattern" },
        { """{"code":"x-6","name":"X","description":"","tier":"gold","points":5,"rule":{"metric":"exercise-reached","threshold":1,"exercise":"teleport"}}""", "rule.exercise" },
        { """{"code":"x-7","name":"X","description":"","tier":"gold","points":5}""", "rule" },
        { """{"code":"Bad Code","name":"X","description":"","tier":"gold","points":5,"rule":{"metric":"workouts","threshold":1}}""", "code" },
        { """{"code":"x-8","name":"X","description":"","tier":"diamond","points":5,"rule":{"metric":"workouts","threshold":1}}""", "tier" },
        { """{"code":"x-9","name":"X","description":"","tier":"gold","points":-5,"rule":{"metric":"workouts","threshold":1}}""", "points" },
    };

    [Theory]
    [MemberData(nameof(BadDefinitions))]
    public async Task A_bad_definition_is_a_400_naming_the_field(string body, string field)
    {
        var response = await _admin.Client.PostAsync("/v1/achievements", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), _ct);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(_ct);
        problem.GetProperty("errors").EnumerateObject().Select(e => e.Name)
            .ShouldContain(n => n.Equals(field, StringComparison.OrdinalIgnoreCase) || n.StartsWith(field + ".", StringComparison.OrdinalIgnoreCase) || n.Equals("$." + field, StringComparison.OrdinalIgnoreCase),
                problem.ToString());
    }

    [Fact]
    public async Task Unknown_codes_are_404_and_taken_codes_409()
    {
        (await _admin.Client.PutAsJsonAsync("/v1/achievements/no-such-thing", Definition(PullDay()), _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _admin.Client.PostAsJsonAsync("/v1/achievements", Definition(PullDay(), "first-workout"), _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_new_definition_is_met_at_once_by_users_whose_counters_already_reach_it()
    {
        var athlete = await _app.CreateUserAsync();
        var beginner = await _app.CreateUserAsync();
        await _app.DeliverAsync(Workout(athlete.Id, new DateOnly(2026, 3, 2), PullUps(30)));
        await _app.DeliverAsync(Workout(beginner.Id, new DateOnly(2026, 3, 2), PullUps(10)));

        var created = await _admin.Client.PostAsJsonAsync("/v1/achievements", Definition(PullDay(), "pull-day-new"), _ct);

        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        Codes((await MineAsync(athlete.Client)).GetProperty("unlocked")).ShouldContain("pull-day-new");
        var beginnerProgress = Progress(await beginner.Client.GetFromJsonAsync<JsonElement>("/v1/achievements", _ct), "pull-day-new");
        beginnerProgress.GetProperty("current").GetInt64().ShouldBe(10);
        beginnerProgress.GetProperty("unlockedAt").ValueKind.ShouldBe(JsonValueKind.Null);
        (await _app.UnlocksAnnouncedAsync(athlete.Id, "pull-day-new")).ShouldBe(1);
        (await _app.UnlocksAnnouncedAsync(beginner.Id, "pull-day-new")).ShouldBe(0);
    }

    [Fact]
    public async Task A_definition_created_after_workouts_were_counted_is_judged_on_the_next_workout()
    {
        var user = await _app.CreateUserAsync();
        var day = new DateOnly(2026, 5, 4);
        await _app.DeliverAsync(Workout(user.Id, day, PullUps(10))); // counted against the definitions of that moment

        (await _admin.Client.PostAsJsonAsync("/v1/achievements", Definition(PullDay(12), "pull-day-12"), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        Codes((await MineAsync(user.Client)).GetProperty("unlocked")).ShouldNotContain("pull-day-12");

        // The next workout is judged against the definitions as they are now, the new one included.
        await _app.DeliverAsync(Workout(user.Id, day, PullUps(5)));
        Codes((await MineAsync(user.Client)).GetProperty("unlocked")).ShouldContain("pull-day-12");
        (await _app.UnlocksAnnouncedAsync(user.Id, "pull-day-12")).ShouldBe(1);
    }

    [Fact]
    public async Task A_changed_rule_recomputes_progress_from_the_counters_and_never_takes_an_unlock_back()
    {
        var user = await _app.CreateUserAsync();
        for (var day = 0; day < 3; day++)
        {
            await _app.DeliverAsync(Workout(user.Id, new DateOnly(2026, 4, 6).AddDays(day * 2), PullUps(5)));
        }

        Progress(await user.Client.GetFromJsonAsync<JsonElement>("/v1/achievements", _ct), "workouts-10").GetProperty("current").GetInt64().ShouldBe(3);

        var lowered = await _admin.Client.PutAsJsonAsync("/v1/achievements/workouts-10",
            new { name = "Regular", description = "Log 3 workouts.", tier = "bronze", points = 20, rule = new { metric = "workouts", threshold = 3 } }, _ct);
        lowered.StatusCode.ShouldBe(HttpStatusCode.OK);
        Codes((await MineAsync(user.Client)).GetProperty("unlocked")).ShouldContain("workouts-10");
        (await _app.UnlocksAnnouncedAsync(user.Id, "workouts-10")).ShouldBe(1);

        (await _admin.Client.PutAsJsonAsync("/v1/achievements/workouts-10",
            new { name = "Regular", description = "Log 10 workouts.", tier = "bronze", points = 20, rule = new { metric = "workouts", threshold = 10 } }, _ct))
            .EnsureSuccessStatusCode();
        var progress = Progress(await user.Client.GetFromJsonAsync<JsonElement>("/v1/achievements", _ct), "workouts-10");
        progress.GetProperty("current").GetInt64().ShouldBe(3);
        progress.GetProperty("target").GetInt64().ShouldBe(10);
        progress.GetProperty("unlockedAt").ValueKind.ShouldNotBe(JsonValueKind.Null, "an unlock is kept");

        // Switched to another metric: progress follows the new counter.
        (await _admin.Client.PutAsJsonAsync("/v1/achievements/workouts-10",
            new { name = "Regular", description = "15 pull-ups.", tier = "bronze", points = 20, rule = new { metric = "reps", threshold = 100, pattern = "vertical-pull" } }, _ct))
            .EnsureSuccessStatusCode();
        Progress(await user.Client.GetFromJsonAsync<JsonElement>("/v1/achievements", _ct), "workouts-10").GetProperty("current").GetInt64().ShouldBe(15);
        (await _app.UnlocksAnnouncedAsync(user.Id, "workouts-10")).ShouldBe(1);
    }

    [Fact]
    public async Task Seeding_again_changes_nothing_and_leaves_a_definition_an_admin_changed_as_the_admin_made_it()
    {
        (await _admin.Client.PutAsJsonAsync("/v1/achievements/workouts-100",
            new { name = "Centurion", description = "Log 120 workouts.", tier = "gold", points = 120, rule = new { metric = "workouts", threshold = 120 } }, _ct))
            .EnsureSuccessStatusCode();
        var stampsBefore = await _app.ScalarAsync<string>("SELECT string_agg(code || updated_at::text, ',' ORDER BY code) FROM gamification.achievements WHERE code <> 'workouts-100'");

        await using (var scope = _app.Services.CreateAsyncScope())
        {
            foreach (var seeder in scope.ServiceProvider.GetServices<IReferenceDataSeeder>().Where(s => s.GetType().Name == "AchievementSeeder"))
            {
                await seeder.SeedAsync(_ct);
            }
        }

        (await _app.ScalarAsync<string>("SELECT rule->>'threshold' FROM gamification.achievements WHERE code = 'workouts-100'")).ShouldBe("120");
        (await _app.ScalarAsync<string>("SELECT string_agg(code || updated_at::text, ',' ORDER BY code) FROM gamification.achievements WHERE code <> 'workouts-100'"))
            .ShouldBe(stampsBefore);
    }
}
