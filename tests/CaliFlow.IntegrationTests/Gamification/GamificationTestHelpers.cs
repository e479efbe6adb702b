using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Progress.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Gamification;

internal static class GamificationTestHelpers
{
    /// <summary>
    /// Hands an event to every subscriber the way the outbox dispatcher does (each handler's processed-event record included),
    /// for events whose publisher is not part of the scenario (or not built yet, like Coaching's).
    /// </summary>
    public static async Task DeliverAsync(this CaliFlowApp app, IIntegrationEvent integrationEvent, Guid? eventId = null)
    {
        var scopes = app.Services.GetRequiredService<IServiceScopeFactory>();
        var subscriptions = app.Services.GetServices<IIntegrationEventSubscription>()
            .Where(s => s.EventType == integrationEvent.GetType()).ToList();
        subscriptions.ShouldNotBeEmpty();
        foreach (var subscription in subscriptions)
        {
            await subscription.DeliverAsync(scopes, eventId ?? Guid.CreateVersion7(), integrationEvent, TestContext.Current.CancellationToken);
        }
    }

    public static WorkoutLoggedIntegrationEvent Workout(Guid userId, DateOnly date, params WorkoutExerciseSummary[] exercises) =>
        new(userId, Guid.CreateVersion7(), null, date, exercises);

    public static WorkoutExerciseSummary PullUps(int reps) => new(Guid.Empty, "pull-up", "vertical-pull", 1, reps, 0, reps, 0);

    public static Task<long> CounterAsync(this CaliFlowApp app, Guid userId, string key) =>
        app.ScalarAsync<long>("SELECT coalesce(sum(value), 0)::bigint FROM gamification.user_counters WHERE user_id = $1 AND key = $2", userId, key);

    public static Task<long> UnlocksAnnouncedAsync(this CaliFlowApp app, Guid userId, string code) => app.ScalarAsync<long>(
        "SELECT count(*) FROM gamification.outbox_messages WHERE type LIKE '%AchievementUnlockedIntegrationEvent%' " +
        "AND payload->>'userId' = $1 AND payload->>'code' = $2",
        userId.ToString(), code);

    public static async Task<JsonElement> MineAsync(HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>("/v1/me/achievements", TestContext.Current.CancellationToken);

    public static IEnumerable<string> Codes(JsonElement list) => list.EnumerateArray().Select(a => a.GetProperty("code").GetString()!);

    /// <summary>Polls GET /me/achievements until <paramref name="done"/> holds (facts reach Gamification through the outbox).</summary>
    public static async Task<JsonElement> MineWhenAsync(HttpClient client, Func<JsonElement, bool> done, Action? wait = null)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var mine = await MineAsync(client);
            if (done(mine))
            {
                return mine;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"achievements did not arrive: {mine}");
            wait?.Invoke();
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }
    }
}
