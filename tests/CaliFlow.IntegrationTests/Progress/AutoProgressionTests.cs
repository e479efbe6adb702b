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
        (await user.Client.PatchAsJsonAsync("/me/profile", new
        {
            level = "beginner",
            equipment = new[] { "pull-up-bar" },
            trainingDaysPerWeek = 3,
            preferredWeekdays = new[] { "monday", "wednesday", "friday" },
        }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/plans", new { }, _ct)).EnsureSuccessStatusCode();
        var week1 = (await user.Client.GetFromJsonAsync<PlanWeek>("/plans/current/sessions?week=1", _ct))!;
        var start = week1.Sessions.SelectMany(s => s.Exercises).First(e => e.Pattern == "horizontal-push" && e.Sets[0].Reps is not null);

        // The easiest harder step of it, as auto-progression picks it, and the rule that unlocks it.
        var chain = await user.Client.GetFromJsonAsync<JsonElement>($"/exercises/{start.Slug}/progressions", _ct);
        var next = chain.GetProperty("harder").EnumerateArray().Where(s => s.GetProperty("distance").GetInt32() == 1)
            .Select(s => s.GetProperty("exercise"))
            .OrderBy(e => e.GetProperty("difficulty").GetInt32()).ThenBy(e => e.GetProperty("slug").GetString(), StringComparer.Ordinal)
            .First();
        var nextSlug = next.GetProperty("slug").GetString()!;
        var rule = chain.GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("from").GetString() == start.Slug && e.GetProperty("to").GetString() == nextSlug).GetProperty("rule");
        var (sets, reps, sessions) = (rule.GetProperty("sets").GetInt32(), rule.GetProperty("reps").GetInt32(), rule.GetProperty("sessions").GetInt32());

        for (var i = 0; i < sessions; i++)
        {
            (await user.Client.PostAsJsonAsync("/workout-logs", new
            {
                id = Guid.CreateVersion7(),
                performedOn = Today.AddDays(-sessions + i),
                exercises = new[] { new { exercise = start.Slug, sets = Enumerable.Repeat(new { reps, rpe = 7 }, sets).ToArray() } },
            }, _ct)).EnsureSuccessStatusCode();
        }

        var status = await Status(user, start.Pattern);
        status.GetProperty("current").GetProperty("slug").GetString().ShouldBe(nextSlug);
        status.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("advanced");
        status.GetProperty("lastChange").GetProperty("reason").GetString()!.ShouldContain($"{reps} reps");
        var advancedTo = await Eventually(user, s => s.Any(e => e.Slug == nextSlug) && s.All(e => e.ExerciseId != start.ExerciseId));

        // Two planned sessions with the new step, done at well under half of what they prescribed.
        var failing = advancedTo.Take(2).ToList();
        for (var i = 0; i < 2; i++)
        {
            var prescribed = failing[i].Exercises.Single(e => e.Slug == nextSlug);
            (await user.Client.PostAsJsonAsync("/workout-logs", new
            {
                id = Guid.CreateVersion7(),
                sessionId = failing[i].Id,
                performedOn = Today.AddDays(i - 1),
                exercises = new[] { new { exercise = nextSlug, sets = prescribed.Sets.Select(s => new { reps = (s.Reps ?? 2) / 4, rpe = 10 }).ToArray() } },
            }, _ct)).EnsureSuccessStatusCode();
        }

        var back = await Status(user, start.Pattern);
        back.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("regressed");
        var easierSlug = back.GetProperty("current").GetProperty("slug").GetString()!;
        easierSlug.ShouldNotBe(nextSlug);
        await Eventually(user, s => s.Any(e => e.Slug == easierSlug) && s.All(e => e.Slug != nextSlug));
    }

    [Fact]
    public async Task Correcting_a_log_so_that_it_meets_the_unlock_rule_advances_the_variation()
    {
        var user = await app.CreateUserAsync();
        var chain = await user.Client.GetFromJsonAsync<JsonElement>("/exercises/push-up/progressions", _ct);
        // The step auto-progression tries first: the easiest harder one.
        var nextSlug = chain.GetProperty("harder").EnumerateArray().Where(s => s.GetProperty("distance").GetInt32() == 1)
            .Select(s => s.GetProperty("exercise"))
            .OrderBy(e => e.GetProperty("difficulty").GetInt32()).ThenBy(e => e.GetProperty("slug").GetString(), StringComparer.Ordinal)
            .First().GetProperty("slug").GetString();
        var rule = chain.GetProperty("edges").EnumerateArray()
            .Single(e => e.GetProperty("from").GetString() == "push-up" && e.GetProperty("to").GetString() == nextSlug).GetProperty("rule");
        var (sets, reps, sessions) = (rule.GetProperty("sets").GetInt32(), rule.GetProperty("reps").GetInt32(), rule.GetProperty("sessions").GetInt32());
        object Exercises(int perSet) => new[] { new { exercise = "push-up", sets = Enumerable.Repeat(new { reps = perSet, rpe = 7 }, sets).ToArray() } };

        Guid last = default;
        for (var i = 0; i < sessions; i++)
        {
            last = Guid.CreateVersion7();
            var perSet = i == sessions - 1 ? 1 : reps; // the last one typed in wrong
            (await user.Client.PostAsJsonAsync("/workout-logs", new { id = last, performedOn = Today.AddDays(-sessions + i), exercises = Exercises(perSet) }, _ct))
                .EnsureSuccessStatusCode();
        }

        var before = await Status(user, "horizontal-push");
        before.GetProperty("current").GetProperty("slug").GetString().ShouldBe("push-up");
        before.GetProperty("lastChange").ValueKind.ShouldBe(JsonValueKind.Null);

        (await user.Client.PatchAsJsonAsync($"/workout-logs/{last}", new { exercises = Exercises(reps) }, _ct)).EnsureSuccessStatusCode();

        var after = await Status(user, "horizontal-push");
        after.GetProperty("current").GetProperty("slug").GetString().ShouldBe(nextSlug);
        after.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("advanced");
    }

    private async Task<JsonElement> Status(TestUser user, string pattern)
    {
        var status = await user.Client.GetFromJsonAsync<JsonElement>("/progressions/status", _ct);
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
                upcoming.AddRange((await user.Client.GetFromJsonAsync<PlanWeek>($"/plans/current/sessions?week={week}", _ct))!.Sessions
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
