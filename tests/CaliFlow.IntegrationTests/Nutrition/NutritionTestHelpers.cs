using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Nutrition;

internal static class NutritionTestHelpers
{
    /// <summary>A birth date that makes the user exactly <paramref name="years"/> old today (in UTC, the default zone).</summary>
    public static string BornYearsAgo(int years) =>
        DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-years).AddDays(-10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A signed-in user whose profile has everything targets need (a man of 80 kg, 180 cm, 30 years).</summary>
    public static async Task<TestUser> AthleteAsync(CaliFlowApp app, object? profile = null)
    {
        var user = await app.CreateUserAsync();
        var response = await user.Client.PatchAsJsonAsync("/v1/me/profile", profile ?? new
        {
            sex = "male",
            dateOfBirth = BornYearsAgo(30),
            heightCm = 180,
            weightKg = 80,
            trainingDaysPerWeek = 3,
            dailyActivity = "sedentary",
            goals = new[] { "strength" },
        }, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        return user;
    }

    /// <summary>
    /// Polls GET /nutrition/targets until <paramref name="done"/> holds (the profile and weight reach Nutrition through the
    /// outbox). With a fake clock, <paramref name="tick"/> moves it so the outbox's poll wait ends.
    /// </summary>
    public static async Task<JsonElement> TargetsWhenAsync(HttpClient client, Func<JsonElement, bool> done, Action? tick = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var response = await client.GetAsync("/v1/nutrition/targets", TestContext.Current.CancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var targets = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
                if (done(targets))
                {
                    return targets;
                }
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"targets did not arrive: last answer {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            tick?.Invoke();
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }

    public static Task<JsonElement> TargetsAsync(HttpClient client, Action? tick = null) => TargetsWhenAsync(client, _ => true, tick);

    public static async Task<JsonElement> ProblemAsync(HttpResponseMessage response) =>
        await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
}
