using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Programming;
using Shouldly;

namespace CaliFlow.IntegrationTests.Coaching;

internal static class CoachingTestHelpers
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// A signed-in user with a full profile (so nutrition targets exist), and an active plan starting today. By default they
    /// train six days a week, Monday to Saturday (push, pull and legs days: the first session is the push day); with three,
    /// Monday, Wednesday and Friday (full-body sessions: the first holds pushes, pulls and leg work).
    /// </summary>
    public static async Task<TestUser> AthleteWithPlanAsync(CaliFlowApp app, int trainingDaysPerWeek = 6, object? profile = null)
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", profile ?? new
        {
            sex = "male",
            dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-30).AddDays(-10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            heightCm = 180,
            weightKg = 80,
            level = "beginner",
            equipment = new[] { "pull-up-bar", "dip-bars", "wall" },
            trainingDaysPerWeek,
            preferredWeekdays = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" },
            goals = new[] { "strength" },
        }, Ct)).EnsureSuccessStatusCode();
        (await user.Client.PostAsJsonAsync("/v1/plans", new { }, Ct)).EnsureSuccessStatusCode();
        return user;
    }

    public static async Task<TodayWorkout> TodayAsync(TestUser user) =>
        (await user.Client.GetFromJsonAsync<TodayWorkout>("/v1/workouts/today", Ct))!;

    /// <summary>Asks the coach; returns the stored reply.</summary>
    public static async Task<JsonElement> AskAsync(TestUser user, string question)
    {
        var response = await user.Client.PostAsJsonAsync("/v1/coach/messages", new { content = question }, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);
        response.IsSuccessStatusCode.ShouldBeTrue($"{(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.GetProperty("reply");
    }

    public static async Task<string> AnswerAsync(TestUser user, string question) =>
        (await AskAsync(user, question)).GetProperty("content").GetString()!;

    public static async Task<JsonElement> JsonAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

    /// <summary>
    /// Polls until <paramref name="done"/> holds for today's workout (adjustments arrive through the outbox). With a fake clock,
    /// <paramref name="tick"/> moves it so the outbox's poll wait ends.
    /// </summary>
    public static async Task<JsonElement> TodayWhenAsync(TestUser user, Func<JsonElement, bool> done, Action? tick = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var today = await user.Client.GetFromJsonAsync<JsonElement>("/v1/workouts/today", Ct);
            if (done(today))
            {
                return today;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"today's workout never changed: {today}");
            tick?.Invoke();
            await Task.Delay(100, Ct);
        }
    }

    public static object CheckIn(int sleep, int energy, int soreness, int stress, int motivation, int difficulty, object? pain = null, Guid? id = null) =>
        new { id, sleep, energy, soreness, stress, motivation, perceivedDifficulty = difficulty, pain };
}
