using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Coaching;
using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Reliability;

/// <summary>
/// The restore that docs/operations.md prescribes, rehearsed by its script on a database with a user's plan and logs: dumped,
/// restored into a new database with every table's rows, and serving a client journey from the copy.
/// </summary>
public sealed class RestoreRehearsalTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_rehearsal_script_restores_a_database_that_serves_a_client_journey()
    {
        var database = CaliFlowApp.NewDatabaseName();
        try
        {
            await using (var app = new CaliFlowApp(database, dropDatabaseOnDispose: false))
            {
                await app.InitializeAsync();
                var user = await CoachingTestHelpers.AthleteWithPlanAsync(app);
                var yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
                (await user.Client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(on: yesterday), _ct))
                    .StatusCode.ShouldBe(HttpStatusCode.Created);
            } // stopped, so the counts compared are of a database at rest

            var (exitCode, output) = await RepositoryTools.RunAsync(RepositoryTools.Root, "bash",
                ["scripts/restore-rehearsal.sh", database], new Dictionary<string, string>
                {
                    ["CALIFLOW_NO_BUILD"] = "1",
                    ["CALIFLOW_PG_PORT"] = TestServices.PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["CALIFLOW_REHEARSAL_REDIS"] = TestServices.RedisFor(database),
                }, _ct);

            exitCode.ShouldBe(0, output);
            output.ShouldContain("rows: the same in both");
            output.ShouldContain("journey passed");
            output.ShouldContain("restore rehearsed");
        }
        finally
        {
            await CaliFlowApp.DropDatabaseAsync(database);
        }
    }
}
