using CaliFlow.IntegrationTests.Infrastructure;
using Shouldly;

namespace CaliFlow.IntegrationTests.Contract;

/// <summary>
/// The TypeScript client generated from the committed document (openapi-typescript + openapi-fetch, clients/typescript)
/// type-checks, and its journey (register → sign in → profile → plan → today's workout → log it with a client-made UUIDv7 →
/// stats → achievements) passes against the real API over a socket. The test command installs the client's packages and
/// generates its types first, so a contract change that breaks the client fails here.
/// </summary>
public sealed class TypeScriptClientTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = new();
    private readonly string _client = Path.Combine(RepositoryTools.Root, "clients", "typescript");

    public async ValueTask InitializeAsync()
    {
        _app.UseKestrel(0);
        await _app.InitializeAsync();
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private string Tool(string name) => Path.Combine(_client, "node_modules", ".bin", name);

    [Fact]
    public async Task The_generated_client_type_checks_and_runs_a_new_users_first_day()
    {
        File.Exists(Path.Combine(_client, "src", "api.d.ts")).ShouldBeTrue("the client is not generated: run `npm ci && npm run generate` in clients/typescript (scripts/test.sh does).");

        var (typeCheck, typeErrors) = await RepositoryTools.RunAsync(_client, Tool("tsc"), ["--noEmit"], null, _ct);
        typeCheck.ShouldBe(0, typeErrors);

        var baseUrl = _app.CreateClient().BaseAddress!.ToString().TrimEnd('/');
        var (journey, output) = await RepositoryTools.RunAsync(
            _client, Tool("tsx"), ["src/journey.ts"], new Dictionary<string, string> { ["CALIFLOW_BASE_URL"] = baseUrl }, _ct);
        journey.ShouldBe(0, output);
        output.ShouldContain("journey passed");
    }
}
