using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;
using static CaliFlow.IntegrationTests.Coaching.CoachingTestHelpers;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>The embedded coach answers the skill asked about, with the user's equipment, and plans the next weeks toward it.</summary>
public sealed class EmbeddedCoachSkillTests(CaliFlowApp app)
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_user_without_equipment_asking_about_the_planche_gets_a_route_on_the_floor()
    {
        var user = await app.CreateUserAsync();
        var floor = await DoableExerciseNamesAsync(user);

        var reply = await AskAsync(user, "How do I get to a planche?");

        reply.GetProperty("intent").GetString().ShouldBe("skill-path");
        var answer = reply.GetProperty("content").GetString()!;
        answer.ShouldContain("The way to the Full planche, from the first step your equipment allows:");
        var steps = Steps(answer);
        steps.ShouldContain("Planche lean");
        steps[^1].ShouldBe("Full planche");
        steps.ShouldAllBe(step => floor.Contains(step), $"not all steps need no equipment: {answer}");
        answer.ShouldNotContain("needs");
    }

    [Fact]
    public async Task A_planche_question_gets_the_planche_even_when_the_plan_works_toward_the_front_lever()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { equipment = new[] { "pull-up-bar" }, goals = new[] { "skills" } }, _ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/plans", new { targetSkills = new[] { "front-lever" } }, _ct)).EnsureSuccessStatusCode();

        var answer = await AnswerAsync(user, "how do I learn the planche?");

        answer.ShouldStartWith("The way to the Full planche");
        answer.ShouldNotContain("lever", Case.Insensitive);

        // Naming no skill still falls back to the plan's.
        (await AnswerAsync(user, "what are the steps to my skill?")).ShouldStartWith("The way to the Front lever");
    }

    [Fact]
    public async Task A_four_week_planche_plan_has_each_weeks_sets_and_rest_and_when_to_move_on()
    {
        var user = await app.CreateUserAsync();

        var reply = await AskAsync(user, "give me a 4-week planche plan");

        reply.GetProperty("intent").GetString().ShouldBe("skill-plan");
        var answer = reply.GetProperty("content").GetString()!;
        answer.ShouldStartWith("A 4-week plan toward the Full planche, starting at ");
        answer.ShouldContain("(the first step your equipment allows)");
        answer.ShouldContain("2-3 sessions a week");
        answer.ShouldContain("first in the session");
        answer.ShouldContain("Overcoming Gravity");
        var weeks = answer.Split('\n').Where(l => l.StartsWith("- week ", StringComparison.Ordinal)).ToList();
        weeks.Select(w => w.Split(':')[0]).ShouldBe(["- week 1", "- week 2", "- week 3", "- week 4"]);
        weeks.ShouldAllBe(w => w.Contains(" × ") && w.Contains("at RPE") && w.Contains("rest 2-3 min"));
        answer.ShouldContain("(move on when: 3 × ");
        answer.ShouldContain("at RPE ≤ 8 in 2 sessions within 14 days):");
        answer.ShouldContain("the move-on test");
        answer.ShouldContain("After that:");
        answer.ShouldContain("Full planche.");
    }

    [Fact]
    public async Task A_plan_starts_from_the_step_the_user_logs_and_from_their_best_set_on_it()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            exercises = new[] { new { exercise = "planche-lean", sets = new[] { new { holdSeconds = 25, rpe = 8 }, new { holdSeconds = 22, rpe = 8 } } } },
        }, _ct)).EnsureSuccessStatusCode();

        var answer = await AnswerAsync(user, "how do I train for a planche over the next month");

        answer.ShouldStartWith("A 4-week plan toward the Full planche, starting at Planche lean (what you train now).");
        // The lean unlocks at 3 × 30 s; at a best hold of 25 s the 18 s week is skipped: 24 s, then the 30 s test.
        answer.ShouldContain("- week 1: 3 × 24 s holds at RPE 7");
        answer.ShouldContain("- week 2: 3 × 30 s holds at RPE ≤ 8, rest 2-3 min: the move-on test");
    }

    [Fact]
    public async Task A_user_without_a_bar_asking_for_the_front_lever_is_told_what_equipment_opens_it()
    {
        var user = await app.CreateUserAsync();

        var answer = await AnswerAsync(user, "How do I get a front lever?");

        answer.ShouldStartWith("The Front lever needs ");
        answer.ShouldContain("a pull-up bar");
        answer.ShouldContain("which your profile doesn't list");
        answer.ShouldContain("PATCH /me/profile");
        Steps(answer)[^1].ShouldBe("Front lever");
        answer.ShouldContain("Front lever (difficulty 9, needs a pull-up bar): the goal.");

        var plan = await AnswerAsync(user, "plan for front lever");
        plan.ShouldStartWith("The Front lever needs ");
        plan.ShouldContain("ask me again for a plan");
        plan.ShouldNotContain("- week");

        // With the bar in the profile, the way only uses what they have.
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { equipment = new[] { "pull-up-bar" } }, _ct)).EnsureSuccessStatusCode();
        var withBar = await AnswerAsync(user, "How do I get a front lever?");
        withBar.ShouldStartWith("The way to the Front lever");
        withBar.ShouldNotContain("needs");
        // Hangs and inverted hangs are done on a bar too, so the way starts from the easiest step.
        withBar.ShouldContain("1. Dead hang");
        // Every step of the library's way to it can be done on a bar, down to its first: nothing easier to open.
        withBar.ShouldNotContain("the way would start with easier steps");
    }

    [Fact]
    public async Task A_way_that_fits_the_equipment_says_what_would_open_the_easier_steps_before_it()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { equipment = new[] { "rings" } }, _ct)).EnsureSuccessStatusCode();

        var answer = await AnswerAsync(user, "How do I get a one-arm pull-up?");

        // On rings the way starts one step short of the one-arm pull-up: the typewriter pull-ups before it need a bar.
        answer.ShouldStartWith("The way to the One-arm pull-up, from the first step your equipment allows:");
        answer.ShouldNotContain("needs");
        var steps = Steps(answer);
        steps[^1].ShouldBe("One-arm pull-up");
        steps.ShouldNotContain("Typewriter pull-up");
        answer.ShouldContain($"With a pull-up bar, the way would start with easier steps before the {steps[0]}.");
    }

    [Fact]
    public async Task Two_skills_named_get_both_ways_each_under_its_own_name()
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { equipment = new[] { "pull-up-bar", "rings" } }, _ct)).EnsureSuccessStatusCode();

        var answer = await AnswerAsync(user, "how do I get to a front lever and a planche?");

        var lever = answer.IndexOf("The way to the Front lever", StringComparison.Ordinal);
        var planche = answer.IndexOf("The way to the Full planche", StringComparison.Ordinal);
        lever.ShouldBeGreaterThanOrEqualTo(0);
        planche.ShouldBeGreaterThan(lever);
        answer[lever..planche].ShouldNotContain("planche", Case.Insensitive);
        answer[planche..].ShouldNotContain("lever", Case.Insensitive);
    }

    [Fact]
    public async Task Asked_without_a_skill_the_coach_lists_the_skills_it_knows()
    {
        var user = await app.CreateUserAsync();

        var answer = await AnswerAsync(user, "how do I progress toward a skill?");

        answer.ShouldStartWith("Which skill are you working toward?");
        answer.ShouldContain("planche, handstand");
    }

    // The exercise names on the numbered lines of a skill path.
    private static List<string> Steps(string answer) =>
        [.. answer.Split('\n').Where(l => l.Length > 2 && char.IsDigit(l[0])).Select(l => l[(l.IndexOf(". ", StringComparison.Ordinal) + 2)..l.IndexOf(" (difficulty", StringComparison.Ordinal)])];

    // Every exercise the Exercises module says the user can do with their profile's equipment.
    private async Task<HashSet<string>> DoableExerciseNamesAsync(TestUser user)
    {
        var names = new HashSet<string>();
        string? cursor = null;
        do
        {
            var page = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/exercises?limit=100&myEquipment=true{(cursor is null ? "" : $"&cursor={cursor}")}", _ct);
            names.UnionWith(page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("name").GetString()!));
            cursor = page.GetProperty("nextCursor").GetString();
        }
        while (cursor is not null);

        return names;
    }
}
