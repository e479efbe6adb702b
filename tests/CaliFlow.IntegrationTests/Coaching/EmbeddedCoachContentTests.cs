using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;
using static CaliFlow.IntegrationTests.Coaching.CoachingTestHelpers;

namespace CaliFlow.IntegrationTests.Coaching;

/// <summary>
/// The weekly summary and exercise explanations as the default embedded coach writes them: from the caller's own logs, check-in
/// and plan, and from the exercise library. The app's clock is fixed, so the week's dates are known.
/// </summary>
public sealed class EmbeddedCoachContentTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    // Wednesday 10 June 2026: the summary's 7 days run from Thursday 4 June to today.
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 6, 10, 12, 0, 0, TimeSpan.Zero));
    private readonly CaliFlowApp _app;

    public EmbeddedCoachContentTests() => _app = new CaliFlowApp(services: s => s.AddSingleton<TimeProvider>(_clock));

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private async Task LogAsync(TestUser user, string performedOn, int minutes, string exercise, params (int Reps, int Rpe)[] sets) =>
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn,
            durationMinutes = minutes,
            exercises = new[] { new { exercise, sets = sets.Select(s => new { reps = s.Reps, rpe = s.Rpe }) } },
        }, _ct)).EnsureSuccessStatusCode();

    private async Task<JsonElement> SummaryAsync(TestUser user) =>
        await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/weekly-summary", _ct);

    [Fact]
    public async Task The_weekly_summary_counts_the_users_own_workouts_and_sets_of_the_last_7_days_with_the_check_in_and_plan_week()
    {
        var user = await AthleteWithPlanAsync(_app, profile: Profile);
        await LogAsync(user, "2026-06-03", 60, "push-up", (10, 6)); // 7 days ago: outside the week
        await LogAsync(user, "2026-06-04", 30, "push-up", (10, 7), (10, 7));
        await LogAsync(user, "2026-06-09", 45, "bodyweight-squat", (15, 9), (15, 9));
        (await user.Client.PostAsJsonAsync("/v1/check-ins", CheckIn(sleep: 4, energy: 3, soreness: 2, stress: 2, motivation: 5, difficulty: 3), _ct))
            .EnsureSuccessStatusCode();
        var stranger = await AthleteWithPlanAsync(_app, profile: Profile);
        await LogAsync(stranger, "2026-06-08", 50, "pull-up", (5, 8));

        var summary = await SummaryAsync(user);

        summary.GetProperty("model").GetString().ShouldBe("califlow-embedded-coach");
        summary.GetProperty("cached").GetBoolean().ShouldBeFalse();
        var text = summary.GetProperty("content").GetString()!;
        text.ShouldContain("Your last 7 days (Thu 4 Jun to Wed 10 Jun):", Case.Sensitive);
        // 2 workouts of the window; 30 + 45 = 75 minutes; RPE (7 + 7 + 9 + 9) / 4 = 8, which is also the mean of the workouts' 7 and 9.
        text.ShouldContain("- 2 workouts, 75 minutes, average effort RPE 8\n", Case.Sensitive);
        text.ShouldContain("Thu 4 Jun: Push-up: 2 sets, 20 reps", Case.Sensitive);
        text.ShouldContain("Tue 9 Jun: Bodyweight squat: 2 sets, 30 reps", Case.Sensitive);
        text.ShouldNotContain("3 Jun");
        text.ShouldNotContain("Pull-up");
        text.ShouldContain("- check-in Wed 10 Jun: sleep 4/5, energy 3/5, soreness 2/5, stress 2/5, motivation 5/5", Case.Sensitive);
        text.ShouldContain("- plan: week 1 of 12, block 1", Case.Sensitive);

        // A new workout changes the week's data, so the next summary is written afresh and counts it.
        await LogAsync(user, "2026-06-10", 20, "push-up", (12, 8));
        var after = await SummaryAsync(user);
        after.GetProperty("cached").GetBoolean().ShouldBeFalse();
        // 3 workouts; 30 + 45 + 20 = 95 minutes; RPE (7 + 7 + 9 + 9 + 8) / 5 = 8, as is the workouts' mean (7 + 9 + 8) / 3.
        after.GetProperty("content").GetString()!.ShouldContain("- 3 workouts, 95 minutes, average effort RPE 8\n", Case.Sensitive);
    }

    [Fact]
    public async Task A_week_without_workouts_or_check_in_says_so()
    {
        var user = await AthleteWithPlanAsync(_app, profile: Profile);
        await LogAsync(user, "2026-06-01", 40, "push-up", (10, 7)); // 9 days ago

        var text = (await SummaryAsync(user)).GetProperty("content").GetString()!;

        text.ShouldContain("- no workouts logged", Case.Sensitive);
        text.ShouldContain("- no check-in this week", Case.Sensitive);
        text.ShouldNotContain("Push-up");
    }

    [Fact]
    public async Task An_explanation_is_the_named_exercise_with_its_instructions_cues_and_mistakes_from_the_library()
    {
        var user = await _app.CreateUserAsync();

        var explanation = await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/explanations/pistol-squat", _ct);

        explanation.GetProperty("model").GetString().ShouldBe("califlow-embedded-coach");
        var text = explanation.GetProperty("content").GetString()!;
        // The pistol squat's entry in the library's seed (Seed/exercises.legs.json).
        text.ShouldStartWith("Pistol squat: Stand on one leg with the other leg extended straight in front of you", Case.Sensitive);
        foreach (var line in new[]
                 {
                     "- Reach forward to balance the descent", "- Squeeze the free quad to keep the leg up", "- Whole foot pressed into the floor",
                     "- Bouncing out of the bottom", "- Knee collapsing inward", "- Free heel dragging on the floor",
                 })
        {
            text.ShouldContain(line, Case.Sensitive);
        }

        // By id it is the same exercise, so the same explanation, from the cache.
        var pistol = await user.Client.GetFromJsonAsync<JsonElement>("/v1/exercises/pistol-squat", _ct);
        var byId = await user.Client.GetFromJsonAsync<JsonElement>($"/v1/coach/explanations/{pistol.GetProperty("id").GetGuid()}", _ct);
        byId.GetProperty("cached").GetBoolean().ShouldBeTrue();
        byId.GetProperty("content").GetString().ShouldBe(text);

        // A name that holds another exercise's name is still its own exercise: the archer push-up, not the push-up.
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/coach/explanations/archer-push-up", _ct)).GetProperty("content").GetString()!
            .ShouldStartWith("Archer push-up: ", Case.Sensitive);
    }

    /// <summary>A full profile with a fixed birth date (the app's clock is not today's).</summary>
    private static readonly object Profile = new
    {
        sex = "female",
        dateOfBirth = "1994-03-15",
        heightCm = 168,
        weightKg = 62,
        level = "beginner",
        equipment = new[] { "pull-up-bar", "dip-bars", "wall" },
        trainingDaysPerWeek = 6,
        preferredWeekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" },
        goals = new[] { "strength" },
    };
}
