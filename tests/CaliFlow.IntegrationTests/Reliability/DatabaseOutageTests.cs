using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CaliFlow.IntegrationTests.Coaching;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Platform;
using Shouldly;

namespace CaliFlow.IntegrationTests.Reliability;

/// <summary>
/// PostgreSQL stopped under a running API (a pair of servers of the test's own, so the others' keep running): what needs it
/// answers 503 with Retry-After and the code <c>database_unavailable</c> at once, readiness says so, cached reads keep serving,
/// and once PostgreSQL is back the same API serves again without a restart.
/// </summary>
public sealed class DatabaseOutageTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task With_postgres_stopped_the_api_answers_503_and_recovers_when_it_returns()
    {
        await using var servers = await PrivateServers.StartAsync();
        var database = CaliFlowApp.NewDatabaseName();
        await using var app = new CaliFlowApp(database, settings: servers.SettingsFor(database));
        await app.InitializeAsync();
        var user = await CoachingTestHelpers.AthleteWithPlanAsync(app);
        var today = await user.Client.GetStringAsync("/v1/workouts/today", _ct); // now cached in Redis

        await servers.StopPostgresAsync();

        // Not a speed target: what this rules out is a request held for the pool's 15-second connection timeout.
        var clock = Stopwatch.StartNew();
        using (var stats = await user.Client.GetAsync("/v1/stats", _ct))
        {
            await ShouldBeUnavailableAsync(stats);
        }

        using (var logged = await user.Client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(), _ct))
        {
            await ShouldBeUnavailableAsync(logged);
        }

        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(10));
        (await user.Client.GetStringAsync("/v1/workouts/today", _ct)).ShouldBe(today);
        using (var readiness = await app.CreateClient().GetAsync("/health/ready", _ct))
        {
            readiness.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
            (await readiness.Content.ReadAsStringAsync(_ct)).ShouldContain("\"postgresql\":{\"status\":\"Unhealthy\"}");
        }

        await servers.StartPostgresAsync();

        var id = Guid.CreateVersion7();
        await PlatformTestHelpers.Eventually(async () =>
        {
            using var retried = await user.Client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(id), _ct);
            return retried.StatusCode == HttpStatusCode.Created;
        });
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/stats", _ct)).GetProperty("workouts").GetInt32().ShouldBe(1);
        (await app.CreateClient().GetAsync("/health/ready", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }


    private async Task ShouldBeUnavailableAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync(_ct);
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable, body);
        response.Headers.RetryAfter!.Delta.ShouldBe(TimeSpan.FromSeconds(5));
        using var problem = JsonDocument.Parse(body);
        problem.RootElement.GetProperty("code").GetString().ShouldBe("database_unavailable");
        body.ShouldNotContain("Npgsql"); // no internals
    }
}
