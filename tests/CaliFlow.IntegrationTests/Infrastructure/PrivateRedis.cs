using System.Diagnostics;
using StackExchange.Redis;

namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>A throw-away redis-server of the test's own, so it can be stopped without disturbing the other tests.</summary>
internal sealed class PrivateRedis : IAsyncDisposable
{
    private Process _process;

    private readonly string _folder;

    private PrivateRedis(int port, string folder, Process process)
    {
        Port = port;
        _folder = folder;
        _process = process;
    }

    public int Port { get; }

    public string ConnectionString => $"127.0.0.1:{Port}";

    public static async Task<PrivateRedis> StartAsync()
    {
        var port = TestServices.FreePort();
        var folder = Directory.CreateTempSubdirectory("califlow-redis-").FullName;
        var redis = new PrivateRedis(port, folder, Launch(port, folder));
        await redis.WaitUntilUpAsync();
        return redis;
    }

    /// <summary>
    /// Starts the server again on the same port: empty after <see cref="StopAsync"/>, with what it held after
    /// <see cref="StopSavingAsync"/>.
    /// </summary>
    public async Task StartAgainAsync()
    {
        _process.Dispose();
        _process = Launch(Port, _folder);
        await WaitUntilUpAsync();
    }

    /// <summary>Stops the server after it writes a snapshot, which the next start loads: a Redis with persistence restarting.</summary>
    public async Task StopSavingAsync()
    {
        await RepositoryTools.RunAsync(_folder, "redis-cli", ["-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "shutdown", "save"],
            null, CancellationToken.None);
        await _process.WaitForExitAsync();
    }

    /// <summary>Keeps the server connected but silent for <paramref name="duration"/>: every command waits, as under heavy load.</summary>
    public Task PauseAsync(TimeSpan duration) =>
        RepositoryTools.RunAsync(_folder, "redis-cli", ["-p", Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "client", "pause",
            ((long)duration.TotalMilliseconds).ToString(System.Globalization.CultureInfo.InvariantCulture), "all"], null, CancellationToken.None);

    private static Process Launch(int port, string folder) =>
        Process.Start(new ProcessStartInfo("redis-server", $"--port {port} --bind 127.0.0.1 --save \"\" --appendonly no --dir {folder}")
        {
            RedirectStandardOutput = true,
            UseShellExecute = false,
        })!;

    private async Task WaitUntilUpAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            try
            {
                await using var probe = await ConnectionMultiplexer.ConnectAsync(ConnectionString);
                return;
            }
            catch (RedisConnectionException)
            {
                await Task.Delay(50);
            }
        }

        throw new InvalidOperationException("redis-server did not start");
    }

    public async Task StopAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _process.Dispose();
        Directory.Delete(_folder, recursive: true);
    }
}
