using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Programming;
using Shouldly;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>
/// Auto-progression end to end: logs meet an unlock rule (or clearly fail twice), Progress records and publishes the change,
/// and Programming's upcoming sessions follow through the outbox.
/// </summary>
public sealed class AutoProgressionTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Meeting_the_unlock_rule_moves_upcoming_sessions_to_the_harder_step_and_failing_twice_moves_them_back()
    {
        var user = await app.CreateUserAsync();
        var start = await StartPlanAsync(user);

        for (var i = 0; i < ThreeByEight.Sessions; i++)
        {
            await LogAsync(user, Today.AddDays(-ThreeByEight.Sessions + i), start.Slug, ThreeByEight);
        }

        var status = await Status(user, "horizontal-push");
        status.GetProperty("current").GetProperty("slug").GetString().ShouldBe("push-up");
        status.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("advanced");
        status.GetProperty("lastChange").GetProperty("reason").GetString()!.ShouldContain("8 reps");
        var advancedTo = await Eventually(user, s => s.Any(e => e.Slug == "push-up") && s.All(e => e.ExerciseId != start.ExerciseId));

        await FailTwiceAsync(user, advancedTo, "push-up", Today.AddDays(-1));

        var back = await Status(user, "horizontal-push");
        back.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("regressed");
        back.GetProperty("current").GetProperty("slug").GetString().ShouldBe("incline-push-up", "back to where the user came from");
        await Eventually(user, s => s.Any(e => e.Slug == "incline-push-up") && s.All(e => e.Slug != "push-up"));
        await EveryPatternShowsOnlyItsOwnExercises(user, BarOnly);
    }

    [Fact]
    public async Task Two_failed_planned_sessions_weeks_apart_still_move_back_a_step_though_unlocks_look_back_only_two_weeks()
    {
        var user = await app.CreateUserAsync();
        var start = await StartPlanAsync(user);
        await LogAsync(user, Today.AddDays(-40), start.Slug, ThreeByEight);
        await LogAsync(user, Today.AddDays(-39), start.Slug, ThreeByEight);
        var advancedTo = await Eventually(user, s => s.Any(e => e.Slug == "push-up") && s.All(e => e.ExerciseId != start.ExerciseId));

        // Planned push-up sessions failed 30 days apart: the first lies outside every unlock window, not the failure rule's.
        await FailTwiceAsync(user, advancedTo, "push-up", Today.AddDays(-30), daysApart: 30);

        var back = await Status(user, "horizontal-push");
        back.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("regressed");
        back.GetProperty("current").GetProperty("slug").GetString().ShouldBe("incline-push-up");
    }

    [Fact]
    public async Task Correcting_a_log_so_that_it_meets_the_unlock_rule_advances_the_variation()
    {
        var user = await app.CreateUserAsync();
        static object Exercises(int perSet) => new[]
        {
            new { exercise = "push-up", sets = new[] { new { reps = perSet, rpe = 8 }, new { reps = perSet, rpe = 8 }, new { reps = perSet, rpe = 8 } } },
        };

        // Two sessions of 3 × 8 at RPE 8 unlock the diamond push-up; the second one is typed in wrong.
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new { id = Guid.CreateVersion7(), performedOn = Today.AddDays(-2), exercises = Exercises(8) }, _ct))
            .EnsureSuccessStatusCode();
        var last = Guid.CreateVersion7();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new { id = last, performedOn = Today.AddDays(-1), exercises = Exercises(1) }, _ct))
            .EnsureSuccessStatusCode();

        var before = await Status(user, "horizontal-push");
        before.GetProperty("current").GetProperty("slug").GetString().ShouldBe("push-up");
        before.GetProperty("lastChange").ValueKind.ShouldBe(JsonValueKind.Null);

        (await user.Client.PatchAsJsonAsync($"/v1/workout-logs/{last}", new { exercises = Exercises(8) }, _ct)).EnsureSuccessStatusCode();

        var after = await Status(user, "horizontal-push");
        after.GetProperty("current").GetProperty("slug").GetString().ShouldBe("diamond-push-up");
        after.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("advanced");
    }

    [Fact]
    public async Task A_user_without_equipment_is_only_moved_to_an_exercise_done_without_equipment()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { equipment = NoEquipment }, _ct)).EnsureSuccessStatusCode();
        var chain = await user.Client.GetFromJsonAsync<JsonElement>("/v1/exercises/push-up/progressions", _ct);
        var steps = DirectHarderSteps(chain);
        steps.Where(s => !Doable(s.Exercise, NoEquipment)).ShouldNotBeEmpty("push-up should lead to a step needing equipment (a box for the decline push-up)");

        // Sessions that meet the rule of every harder step of push-up, the ones needing equipment included.
        var rules = steps.Select(s => s.Rule).ToList();
        var all = new Rule(
            rules.Max(r => r.Sets), rules.Max(r => r.Reps), rules.Max(r => r.HoldSeconds), rules.Min(r => r.MaxRpe), rules.Max(r => r.Sessions), rules.Min(r => r.WithinDays));
        for (var i = 0; i < all.Sessions; i++)
        {
            await LogAsync(user, Today.AddDays(-all.Sessions + 1 + i), "push-up", all);
        }

        // Push-up's harder steps in its pattern: decline (difficulty 4, a box), diamond (4, the floor), ring push-up (5, rings). The
        // decline push-up comes first by name among the easiest; without equipment the diamond push-up is the one to take.
        var status = await Status(user, "horizontal-push");
        status.GetProperty("current").GetProperty("slug").GetString().ShouldBe("diamond-push-up");
        await EveryPatternShowsOnlyItsOwnExercises(user, NoEquipment);
        await EveryChangeStaysInItsPattern(user);
    }

    [Fact]
    public async Task After_a_regression_the_sessions_before_it_no_longer_count_towards_advancing_again()
    {
        var user = await app.CreateUserAsync();
        var start = await StartPlanAsync(user);
        var rule = ThreeByEight;
        // Every log of the test falls on the 6 consecutive days ending today, within the rule's 14 days: old sessions would count.
        var day = Today.AddDays(-5);

        for (var i = 0; i < rule.Sessions; i++)
        {
            await LogAsync(user, day, start.Slug, rule);
            day = day.AddDays(1);
        }

        (await Status(user, "horizontal-push")).GetProperty("current").GetProperty("slug").GetString().ShouldBe("push-up");
        var advancedTo = await Eventually(user, s => s.Any(e => e.Slug == "push-up") && s.All(e => e.ExerciseId != start.ExerciseId));
        var failed = await FailTwiceAsync(user, advancedTo, "push-up", day);
        day = day.AddDays(2);
        var back = await Status(user, "horizontal-push");
        back.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("regressed");
        back.GetProperty("current").GetProperty("slug").GetString().ShouldBe("incline-push-up", "the step back should lead to where the user came from");
        var backTo = (await Eventually(user, s => s.Any(e => e.Slug == start.Slug) && s.All(e => e.Slug != "push-up")))
            .Where(s => !failed.Contains(s.Id) && s.Exercises.Any(e => e.Slug == start.Slug)).ToList();

        // As prescribed and meeting the rule: with the sessions before the regression that would be enough, but they no longer count.
        for (var i = 0; i < rule.Sessions - 1; i++)
        {
            var planned = backTo[i];
            await LogAsync(user, day, start.Slug, rule, planned.Id, planned.Exercises.First(e => e.Slug == start.Slug).Sets);
            day = day.AddDays(1);
        }

        var held = await Status(user, "horizontal-push");
        held.GetProperty("current").GetProperty("slug").GetString().ShouldBe("incline-push-up");
        held.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("regressed");
        held.GetProperty("next").GetProperty("qualifyingSessions").GetInt32().ShouldBe(rule.Sessions - 1, "only the sessions since the regression");
        await EveryPatternShowsOnlyItsOwnExercises(user, BarOnly);

        // One more session since the regression makes the rule's count: the user moves up again.
        await LogAsync(user, day, start.Slug, rule);
        var again = await Status(user, "horizontal-push");
        again.GetProperty("current").GetProperty("slug").GetString().ShouldBe("push-up");
        again.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("advanced");
    }

    [Fact]
    public async Task Meeting_the_rule_of_an_edge_into_another_pattern_does_not_move_the_pattern_there()
    {
        var user = await app.CreateUserAsync();
        var chain = await user.Client.GetFromJsonAsync<JsonElement>("/v1/exercises/push-up/progressions", _ct);
        var across = DirectHarderSteps(chain).Where(s => s.Exercise.GetProperty("pattern").GetString() != "horizontal-push").ToList();
        across.ShouldNotBeEmpty("push-up should lead into another pattern (the pike push-up, a vertical push)");
        var rule = across[0].Rule;

        for (var i = 0; i < rule.Sessions; i++)
        {
            await LogAsync(user, Today.AddDays(-rule.Sessions + 1 + i), "push-up", rule);
        }

        var status = await Status(user, "horizontal-push");
        status.GetProperty("current").GetProperty("slug").GetString().ShouldNotBe(across[0].Exercise.GetProperty("slug").GetString());
        await EveryPatternShowsOnlyItsOwnExercises(user, NoEquipment);
        await EveryChangeStaysInItsPattern(user);
    }

    [Fact]
    public async Task A_patterns_status_ignores_a_change_recorded_into_another_pattern_before_the_fix()
    {
        var user = await app.CreateUserAsync();
        var chain = await user.Client.GetFromJsonAsync<JsonElement>("/v1/exercises/push-up/progressions", _ct);
        var across = DirectHarderSteps(chain).First(s => s.Exercise.GetProperty("pattern").GetString() != "horizontal-push").Exercise;
        var logId = Guid.CreateVersion7();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = logId,
            performedOn = Today,
            exercises = new[] { new { exercise = "push-up", sets = new[] { new { reps = 5 } } } },
        }, _ct)).EnsureSuccessStatusCode();
        // What the old auto-progression wrote: horizontal push "advanced" to a vertical push.
        await app.ExecuteAsync(
            "INSERT INTO progress.variation_changes (id, user_id, pattern, from_exercise_id, to_exercise_id, change, reason, workout_log_id, created_at, updated_at) " +
            "VALUES ($1, $2, 'horizontal-push', $3, $4, 'Advanced', 'old rule', $5, now(), now())",
            Guid.CreateVersion7(), user.Id, chain.GetProperty("exercise").GetProperty("id").GetGuid(), across.GetProperty("id").GetGuid(), logId);

        (await Status(user, "horizontal-push")).GetProperty("current").GetProperty("slug").GetString().ShouldBe("push-up");
        await EveryPatternShowsOnlyItsOwnExercises(user, NoEquipment);
    }

    private static readonly string[] NoEquipment = [];
    private static readonly string[] BarOnly = ["pull-up-bar"];

    /// <summary>An unlock rule as the library's API shows it.</summary>
    private sealed record Rule(int Sets, int? Reps, int? HoldSeconds, int MaxRpe, int Sessions, int WithinDays);

    /// <summary>The seed's rule on the edges used here (incline push-up → push-up → diamond push-up): 3 × 8 at RPE 8 or less, twice in 14 days.</summary>
    private static readonly Rule ThreeByEight = new(3, 8, null, 8, 2, 14);

    /// <summary>
    /// A beginner with a pull-up bar and a plan; the first horizontal push of week 1 counted in reps: the incline push-up (a cautious
    /// start at difficulty 2), whose only harder step is the push-up.
    /// </summary>
    private async Task<SessionExercise> StartPlanAsync(TestUser user)
    {
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            level = "beginner",
            equipment = BarOnly,
            trainingDaysPerWeek = 3,
            preferredWeekdays = new[] { "monday", "wednesday", "friday" },
        }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).EnsureSuccessStatusCode();
        var week1 = (await user.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=1", _ct))!;
        var start = week1.Sessions.SelectMany(s => s.Exercises).First(e => e.Pattern == "horizontal-push" && e.Sets[0].Reps is not null);
        start.Slug.ShouldBe("incline-push-up");
        return start;
    }

    /// <summary>The direct harder steps of an exercise in its chain, with the rules of their edges.</summary>
    private static List<(JsonElement Exercise, Rule Rule)> DirectHarderSteps(JsonElement chain)
    {
        var from = chain.GetProperty("exercise").GetProperty("slug").GetString();
        var edges = chain.GetProperty("edges").EnumerateArray().ToList();
        return
        [
            .. chain.GetProperty("harder").EnumerateArray().Where(s => s.GetProperty("distance").GetInt32() == 1)
                .Select(s => s.GetProperty("exercise"))
                .Select(e => (e, edges.Single(x => x.GetProperty("from").GetString() == from && x.GetProperty("to").GetString() == e.GetProperty("slug").GetString())
                    .GetProperty("rule").Deserialize<Rule>(JsonSerializerOptions.Web)!)),
        ];
    }

    /// <summary>Whether the exercise's usual setup, or one of its alternatives, needs nothing beyond the equipment.</summary>
    private static bool Doable(JsonElement exercise, string[] equipment) =>
        exercise.GetProperty("alternativeEquipment").EnumerateArray().Prepend(exercise.GetProperty("equipment"))
            .Any(setup => setup.EnumerateArray().All(e => equipment.Contains(e.GetString())));

    /// <summary>Logs a session meeting the rule (at least the prescription, when one is given).</summary>
    private async Task LogAsync(TestUser user, DateOnly performedOn, string slug, Rule rule, Guid? sessionId = null, PrescribedSet[]? prescribed = null)
    {
        var sets = Enumerable.Range(0, Math.Max(rule.Sets, prescribed?.Length ?? 0)).Select(i => new
        {
            reps = rule.Reps is { } reps ? Math.Max(reps, prescribed?.ElementAtOrDefault(i)?.Reps ?? 0) : (int?)null,
            holdSeconds = rule.HoldSeconds is { } hold ? Math.Max(hold, prescribed?.ElementAtOrDefault(i)?.HoldSeconds ?? 0) : (int?)null,
            rpe = rule.MaxRpe,
        }).ToArray();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            sessionId,
            performedOn,
            exercises = new[] { new { exercise = slug, sets } },
        }, _ct)).EnsureSuccessStatusCode();
    }

    /// <summary>
    /// Two planned sessions with the exercise, done at well under half of what they prescribed, on <paramref name="from"/> and
    /// <paramref name="daysApart"/> days later; returns the sessions used.
    /// </summary>
    private async Task<List<Guid>> FailTwiceAsync(TestUser user, List<Session> upcoming, string slug, DateOnly from, int daysApart = 1)
    {
        var failing = upcoming.Where(s => s.Exercises.Any(e => e.Slug == slug)).Take(2).ToList();
        failing.Count.ShouldBe(2);
        for (var i = 0; i < 2; i++)
        {
            var prescribed = failing[i].Exercises.First(e => e.Slug == slug);
            (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
            {
                id = Guid.CreateVersion7(),
                sessionId = failing[i].Id,
                performedOn = from.AddDays(i * daysApart),
                exercises = new[] { new { exercise = slug, sets = prescribed.Sets.Select(s => new { reps = (s.Reps ?? 2) / 4, rpe = 10 }).ToArray() } },
            }, _ct)).EnsureSuccessStatusCode();
        }

        return [.. failing.Select(s => s.Id)];
    }

    /// <summary>
    /// Each pattern's status names only exercises of that pattern (the current one and the next unlock), and the next unlock is
    /// one the user's equipment allows.
    /// </summary>
    private async Task EveryPatternShowsOnlyItsOwnExercises(TestUser user, string[] equipment)
    {
        var status = await user.Client.GetFromJsonAsync<JsonElement>("/v1/progressions/status", _ct);
        var shown = 0;
        foreach (var pattern in status.GetProperty("patterns").EnumerateArray())
        {
            var name = pattern.GetProperty("pattern").GetString();
            var slugs = new List<string> { pattern.GetProperty("current").GetProperty("slug").GetString()! };
            if (pattern.GetProperty("next") is { ValueKind: JsonValueKind.Object } next)
            {
                slugs.Add(next.GetProperty("exercise").GetProperty("slug").GetString()!);
            }

            foreach (var slug in slugs)
            {
                var exercise = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/exercises/{slug}", _ct);
                exercise.GetProperty("pattern").GetString().ShouldBe(name, $"{name} shows {slug}");
                if (slug != slugs[0])
                {
                    Doable(exercise, equipment).ShouldBeTrue($"{name} offers {slug} next, which needs other equipment");
                }

                shown++;
            }
        }

        shown.ShouldBeGreaterThan(0);
    }

    /// <summary>
    /// Every change auto-progression recorded leads to an exercise of the pattern it was recorded for (the status hides older
    /// cross-pattern records, so it cannot show this by itself).
    /// </summary>
    private async Task EveryChangeStaysInItsPattern(TestUser user)
    {
        var changes = await app.ScalarAsync<string[]>(
            "SELECT coalesce(array_agg(to_exercise_id::text || ' ' || pattern), '{}') FROM progress.variation_changes WHERE user_id = $1", user.Id);
        foreach (var change in changes!)
        {
            var (to, pattern) = (change.Split(' ')[0], change.Split(' ')[1]);
            (await user.Client.GetFromJsonAsync<JsonElement>($"/v1/exercises/{to}", _ct)).GetProperty("pattern").GetString().ShouldBe(pattern);
        }
    }

    private async Task<JsonElement> Status(TestUser user, string pattern)
    {
        var status = await user.Client.GetFromJsonAsync<JsonElement>("/v1/progressions/status", _ct);
        return status.GetProperty("patterns").EnumerateArray().Single(p => p.GetProperty("pattern").GetString() == pattern);
    }

    /// <summary>Waits until the planned sessions from today on satisfy the condition; returns them.</summary>
    private async Task<List<Session>> Eventually(TestUser user, Func<List<SessionExercise>, bool> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var upcoming = new List<Session>();
            for (var week = 1; week <= 3; week++)
            {
                upcoming.AddRange((await user.Client.GetFromJsonAsync<PlanWeek>($"/v1/plans/current/sessions?week={week}", _ct))!.Sessions
                    .Where(s => s.Status == "planned" && s.Date >= Today));
            }

            if (condition([.. upcoming.SelectMany(s => s.Exercises)]))
            {
                return [.. upcoming.Where(s => s.Exercises.Length > 0)];
            }

            await Task.Delay(100, _ct);
        }

        throw new ShouldAssertException("Programming did not follow the variation change within 10 s.");
    }
}
