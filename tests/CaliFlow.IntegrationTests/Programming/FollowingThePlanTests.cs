using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Programming;

/// <summary>A plan leads to its own unlock rules: doing exactly what it prescribes for a block moves the user to the next step.</summary>
public sealed class FollowingThePlanTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public async Task Logging_a_block_exactly_as_prescribed_unlocks_the_next_step_and_the_plan_follows()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            level = "beginner",
            equipment = new[] { "pull-up-bar", "dip-bars", "rings", "parallettes", "wall", "resistance-band", "box-or-bench" },
            trainingDaysPerWeek = 3,
            preferredWeekdays = new[] { "monday", "wednesday", "friday" },
            sessionMinutes = 45,
        }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/plans", new { }, _ct)).EnsureSuccessStatusCode();
        var weeks = new List<Session>();
        for (var week = 1; week <= 3; week++)
        {
            weeks.AddRange((await user.Client.GetFromJsonAsync<PlanWeek>($"/v1/plans/current/sessions?week={week}", _ct))!.Sessions);
        }

        var start = weeks.Where(s => s.Week == 1).SelectMany(s => s.Exercises).First(e => e.Pattern == "horizontal-push");

        // The block's three build weeks, moved into the past (a plan cannot start before today), logged exactly as written.
        var prescribed = weeks.Where(s => s.Exercises.Any(e => e.ExerciseId == start.ExerciseId)).ToList();
        prescribed.Count.ShouldBeGreaterThanOrEqualTo(3);
        var shift = prescribed[^1].Date.DayNumber - Today.DayNumber;
        foreach (var (session, index) in prescribed.Select((s, i) => (s, i)))
        {
            var sets = session.Exercises.Single(e => e.ExerciseId == start.ExerciseId).Sets;
            (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
            {
                id = Guid.CreateVersion7(),
                performedOn = session.Date.AddDays(-shift),
                exercises = new[] { new { exercise = start.Slug, sets = sets.Select(s => new { reps = s.Reps, holdSeconds = s.HoldSeconds, rpe = s.TargetRpe }).ToArray() } },
            }, _ct)).EnsureSuccessStatusCode();

            if (session.Week == 1)
            {
                (await Status(user, "horizontal-push")).GetProperty("current").GetProperty("slug").GetString()
                    .ShouldBe(start.Slug, "week 1 sits under the rule");
            }
        }

        var after = await Status(user, "horizontal-push");
        after.GetProperty("lastChange").GetProperty("change").GetString().ShouldBe("advanced");
        var nextSlug = after.GetProperty("current").GetProperty("slug").GetString()!;
        nextSlug.ShouldNotBe(start.Slug);

        for (var attempt = 0; attempt < 100; attempt++)
        {
            var upcoming = (await user.Client.GetFromJsonAsync<PlanWeek>("/v1/plans/current/sessions?week=5", _ct))!.Sessions.SelectMany(s => s.Exercises).ToList();
            if (upcoming.Any(e => e.Slug == nextSlug))
            {
                upcoming.ShouldNotContain(e => e.ExerciseId == start.ExerciseId);
                upcoming.Where(e => e.Slug == nextSlug).ShouldAllBe(e => e.Sets.Length >= 3);
                return;
            }

            await Task.Delay(100, _ct);
        }

        throw new ShouldAssertException($"Week 5 never switched from {start.Slug} to {nextSlug}.");
    }

    private async Task<JsonElement> Status(TestUser user, string pattern)
    {
        var status = await user.Client.GetFromJsonAsync<JsonElement>("/v1/progressions/status", _ct);
        return status.GetProperty("patterns").EnumerateArray().Single(p => p.GetProperty("pattern").GetString() == pattern);
    }
}
