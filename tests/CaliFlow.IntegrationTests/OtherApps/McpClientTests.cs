using CaliFlow.IntegrationTests.Coaching;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Platform;
using Shouldly;

namespace CaliFlow.IntegrationTests.OtherApps;

/// <summary>
/// The MCP server at /mcp, driven by a real MCP client (the official TypeScript SDK, clients/mcp) over a socket: it lists the
/// tools with their annotations, calls read and write tools with a token, and is refused by the server with a token lacking
/// the scope. What the write tools did is then checked here, in the database, and in the audit log.
/// </summary>
public sealed class McpClientTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new();
    private readonly string _client = Path.Combine(RepositoryTools.Root, "clients", "mcp");

    public async ValueTask InitializeAsync()
    {
        _app.UseKestrel(0);
        await _app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private string Tool(string name) => Path.Combine(_client, "node_modules", ".bin", name);

    [Fact]
    public async Task An_mcp_client_lists_reads_writes_and_is_refused_outside_its_scopes()
    {
        File.Exists(Tool("tsx")).ShouldBeTrue("the MCP client is not installed: run `npm ci` in clients/mcp (scripts/test.sh does).");
        var user = await CoachingTestHelpers.AthleteWithPlanAsync(_app);
        var token = await user.CreateTokenAsync("plans:read", "library:read", "logs:read", "logs:write", "metrics:write", "coach:chat");
        var readOnly = await user.CreateTokenAsync("logs:read");

        var (typeCheck, typeErrors) = await RepositoryTools.RunAsync(_client, Tool("tsc"), ["--noEmit"], null, _ct);
        typeCheck.ShouldBe(0, typeErrors);
        var (journey, output) = await RepositoryTools.RunAsync(_client, Tool("tsx"), ["src/journey.ts"], new Dictionary<string, string>
        {
            ["CALIFLOW_BASE_URL"] = _app.CreateClient().BaseAddress!.ToString(),
            ["CALIFLOW_TOKEN"] = token.Token,
            ["CALIFLOW_READ_ONLY_TOKEN"] = readOnly.Token,
        }, _ct);

        journey.ShouldBe(0, output);
        output.ShouldContain("journey passed");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.workout_logs WHERE user_id = $1", user.Id)).ShouldBe(2);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM progress.progress_metrics WHERE user_id = $1", user.Id)).ShouldBe(1);
        await PlatformTestHelpers.Eventually(async () => await _app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE subject_id = $1 AND summary LIKE 'MCP tool log_workout with the access token%'", token.Id.ToString()) == 1);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM system.audit_logs WHERE subject_id = $1", readOnly.Id.ToString())).ShouldBe(1); // created only
    }
}
