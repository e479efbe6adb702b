namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>
/// A PostgreSQL and Redis pair of the test's own, started by <c>scripts/services.sh</c> with other ports and another data
/// folder, so a fault test can stop and start them without disturbing the servers every other test shares.
/// </summary>
internal sealed class PrivateServers : IAsyncDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), $"califlow-faults-{Guid.NewGuid():N}");

    private PrivateServers()
    {
    }

    public int PostgresPort { get; } = TestServices.FreePort();

    public int RedisPort { get; } = TestServices.FreePort();

    public string Redis => $"127.0.0.1:{RedisPort}";

    public string PostgresConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PostgresPort};Database={database};Username=califlow;Maximum Pool Size=30";

    /// <summary>Settings that point a <see cref="CaliFlowApp"/> at this pair, over a database of its own on it.</summary>
    public Dictionary<string, string?> SettingsFor(string database) => new()
    {
        ["ConnectionStrings:Postgres"] = PostgresConnectionString(database),
        ["ConnectionStrings:Redis"] = Redis,
    };

    public static async Task<PrivateServers> StartAsync()
    {
        var servers = new PrivateServers();
        await servers.RunAsync("start");
        return servers;
    }

    public Task StopPostgresAsync() => RunAsync("stop", "postgres");

    public Task StartPostgresAsync() => RunAsync("start", "postgres");

    public Task StopRedisAsync() => RunAsync("stop", "redis");

    public Task StartRedisAsync() => RunAsync("start", "redis");

    public async ValueTask DisposeAsync()
    {
        await RunAsync("stop");
        Directory.Delete(_state, recursive: true);
    }

    private async Task RunAsync(params string[] arguments)
    {
        var (exitCode, output) = await RepositoryTools.RunAsync(RepositoryTools.Root, "bash", ["scripts/services.sh", .. arguments],
            new Dictionary<string, string>
            {
                ["CALIFLOW_PG_PORT"] = PostgresPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["CALIFLOW_REDIS_PORT"] = RedisPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["CALIFLOW_STATE_DIR"] = _state,
            }, CancellationToken.None);
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"scripts/services.sh {string.Join(' ', arguments)} failed: {output}");
        }
    }
}
