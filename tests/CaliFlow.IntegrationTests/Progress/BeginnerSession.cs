using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Programming;

namespace CaliFlow.IntegrationTests.Progress;

/// <summary>
/// A new beginner with 45-minute sessions on Mondays, Wednesdays and Fridays and the first session of a plan started on a
/// Monday: "Full body A", the same seven exercises whatever day the test runs.
/// </summary>
internal static class BeginnerSession
{
    public static async Task<(TestUser User, Session Session)> CreateAsync(CaliFlowApp app, CancellationToken cancellationToken)
    {
        var user = await app.CreateUserAsync();
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new
        {
            weightKg = 70,
            level = "beginner",
            equipment = Array.Empty<string>(),
            trainingDaysPerWeek = 3,
            preferredWeekdays = new[] { "monday", "wednesday", "friday" },
            sessionMinutes = 45,
        }, cancellationToken)).EnsureSuccessStatusCode();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var monday = today.AddDays((8 - (int)today.DayOfWeek) % 7);
        var plan = (await (await user.Client.PostAsJsonAsync("/v1/plans", new { startDate = monday }, cancellationToken))
            .Content.ReadFromJsonAsync<Plan>(cancellationToken))!;
        var session = (await user.Client.GetFromJsonAsync<Session>($"/v1/sessions/{plan.Sessions[0].Id}", cancellationToken))!;
        return (user, session);
    }
}
