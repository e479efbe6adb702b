using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;
using StackExchange.Redis;

namespace CaliFlow.IntegrationTests.Users;

/// <summary>
/// Redis is a cache, not a dependency: when it stops, reads go to PostgreSQL and readiness says "degraded"; when it returns,
/// no answer from before a change made meanwhile is served.
/// </summary>
public sealed class RedisOutageTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_redis_stopped_the_api_still_serves_and_reports_degraded()
    {
        await using var redis = await PrivateRedis.StartAsync();
        await using var app = new CaliFlowApp(settings: new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        await app.InitializeAsync();
        var user = await app.CreateUserAsync();

        // While Redis runs, /me is cached there (HybridCache writes the distributed tier in the background).
        (await user.Client.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await using (var direct = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString))
        {
            await Eventually(async () => await direct.GetDatabase().KeyExistsAsync($"califlow:users:me:{user.Id}"));
        }

        (await Readiness(app)).ShouldBe("Healthy");

        await redis.StopAsync();

        (await user.Client.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { sessionMinutes = 25 }, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.GetStringAsync("/v1/me", _ct)).ShouldContain("\"sessionMinutes\":25");
        // Sessions are checked in PostgreSQL meanwhile: one signed out now is refused at once, the others keep working.
        var second = await app.LoginAsync(user.Email, user.Password);
        var secondClient = app.Authorized(second.AccessToken);
        (await secondClient.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await secondClient.PostAsJsonAsync("/v1/auth/logout", new { refreshToken = second.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await secondClient.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await user.Client.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Readiness(app)).ShouldBe("Degraded");
        // Anyone may ask: the answer names no host, port or exception.
        var readiness = await app.CreateClient().GetStringAsync("/health/ready", _ct);
        readiness.ShouldNotContain(redis.ConnectionString.Split(':')[^1]);
        readiness.ShouldNotContain("error", Case.Insensitive);
    }

    [Fact]
    public async Task A_change_made_while_redis_was_away_is_seen_at_once_when_it_returns_with_the_old_entries()
    {
        await using var redis = await PrivateRedis.StartAsync();
        await using var app = new CaliFlowApp(settings: new Dictionary<string, string?>
        {
            ["ConnectionStrings:Redis"] = redis.ConnectionString,
            ["Caching:Invalidation:RetryInterval"] = "01:00:00", // the retried removal is not what clears them here
        });
        await app.InitializeAsync();
        var user = await app.CreateUserAsync();
        (await user.Client.GetStringAsync("/v1/me", _ct)).ShouldNotContain("\"sessionMinutes\":25");
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct)).GetProperty("workouts").GetInt32().ShouldBe(0);
        string[] keys = [$"califlow:users:me:{user.Id}", $"califlow:progress:stats-json:{user.Id}"];
        await Eventually(async () => await AllExistAsync(redis, keys));

        await redis.StopSavingAsync(); // Redis goes away holding both answers, as a Redis with persistence does
        (await user.Client.PatchAsJsonAsync("/v1/me/profile", new { sessionMinutes = 25 }, _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);
        await redis.StartAgainAsync();

        (await AllExistAsync(redis, keys)).ShouldBeTrue("Redis is back with the answers from before the changes");
        await Eventually(async () => await Readiness(app) == "Healthy"); // the API reads Redis again
        (await user.Client.GetStringAsync("/v1/me", _ct)).ShouldContain("\"sessionMinutes\":25");
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct)).GetProperty("workouts").GetInt32().ShouldBe(1);
    }

    [Fact]
    public async Task With_redis_too_slow_to_answer_rate_limited_requests_still_succeed()
    {
        await using var redis = await PrivateRedis.StartAsync();
        await using var app = new CaliFlowApp(settings: new Dictionary<string, string?> { ["ConnectionStrings:Redis"] = redis.ConnectionString });
        await app.InitializeAsync();
        (await app.CreateUserAsync()).Id.ShouldNotBe(Guid.Empty); // the shared limiter's script is loaded while Redis answers

        // Connected but not answering, as under heavy load: every command times out (after a second) instead of failing fast.
        await redis.PauseAsync(TimeSpan.FromSeconds(4));

        // Registration is limited per client in Redis; the limiter counts in this instance instead of failing the request.
        var user = await app.CreateUserAsync();
        (await user.Client.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    private static async Task<bool> AllExistAsync(PrivateRedis redis, string[] keys)
    {
        await using var direct = await ConnectionMultiplexer.ConnectAsync(redis.ConnectionString);
        return await direct.GetDatabase().KeyExistsAsync([.. keys.Select(k => new RedisKey(k))]) == keys.Length;
    }

    private async Task<string> Readiness(CaliFlowApp app)
    {
        var response = await app.CreateClient().GetAsync("/health/ready", _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(_ct));
        return body.RootElement.GetProperty("status").GetString()!;
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new ShouldAssertException("The condition was not met within 5 s.");
    }
}
