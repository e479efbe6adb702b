namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>The private PostgreSQL and Redis started by scripts/services.sh (the test command starts them first).</summary>
internal static class TestServices
{
    public static readonly int PostgresPort = PortFromEnvironment("CALIFLOW_PG_PORT", 55432);
    public static readonly int RedisPort = PortFromEnvironment("CALIFLOW_REDIS_PORT", 56379);

    public static string PostgresConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PostgresPort};Database={database};Username=califlow;Maximum Pool Size=30;Include Error Detail=true";

    /// <summary>Logical databases the test Redis has (scripts/services.sh); 0 is left to the development API.</summary>
    public const int RedisDatabases = 1024;

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> RedisDatabaseOf = new(StringComparer.Ordinal);
    private static int _lastRedisDatabase;

    public static string Redis => $"127.0.0.1:{RedisPort}";

    /// <summary>
    /// The Redis of the apps over one PostgreSQL database: a logical database of their own. Apps share the Redis server but
    /// each (but for the ones that play instances of one deployment) has its own PostgreSQL database, and a cache shared
    /// across databases would hand one app another's data (achievement definitions an admin test changed, say).
    /// </summary>
    public static string RedisFor(string database) =>
        $"{Redis},defaultDatabase={RedisDatabaseOf.GetOrAdd(database, _ => (Interlocked.Increment(ref _lastRedisDatabase) % (RedisDatabases - 1)) + 1)}";

    /// <summary>A loopback port nothing listens on now, for a server a test starts.</summary>
    public static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static int PortFromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var port) ? port : fallback;
}
