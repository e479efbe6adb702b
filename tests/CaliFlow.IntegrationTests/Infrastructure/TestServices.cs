namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>The private PostgreSQL and Redis started by scripts/services.sh (the test command starts them first).</summary>
internal static class TestServices
{
    public static readonly int PostgresPort = PortFromEnvironment("CALIFLOW_PG_PORT", 55432);
    public static readonly int RedisPort = PortFromEnvironment("CALIFLOW_REDIS_PORT", 56379);

    public static string PostgresConnectionString(string database) =>
        $"Host=127.0.0.1;Port={PostgresPort};Database={database};Username=califlow;Maximum Pool Size=30;Include Error Detail=true";

    public static string Redis => $"127.0.0.1:{RedisPort}";

    private static int PortFromEnvironment(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), out var port) ? port : fallback;
}
