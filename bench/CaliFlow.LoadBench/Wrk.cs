using System.Diagnostics;
using System.Text.Json;

namespace CaliFlow.LoadBench;

internal sealed record WrkResult(
    long Requests, long DurationUs, long Connect, long Read, long Write, long Status, long Timeout, long P50Us, long P99Us, long MaxUs,
    long Unexpected)
{
    public double RequestsPerSecond => Requests / (DurationUs / 1_000_000d);

    /// <summary>The server's user + system CPU over the measured window, per request answered (µs).</summary>
    public double CpuUsPerRequest { get; init; }

    /// <summary>Socket errors and non-2xx/3xx answers; timeouts are counted apart.</summary>
    public long Errors => Connect + Read + Write + Status;

    /// <summary>Socket errors and answers of 400 and above the run did not allow (the soak's count); timeouts apart.</summary>
    public long UnexpectedErrors => Connect + Read + Write + Unexpected;
}

/// <summary>Runs wrk with bench/wrk/scenario.lua and reads the JSON line its done() prints.</summary>
internal static class Wrk
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static async Task<WrkResult> RunAsync(
        string script, string url, int connections, TimeSpan duration, IReadOnlyList<string> arguments, int threads = 2)
    {
        // 1000 connections need more file descriptors than a shell allows by default.
        var command = $"ulimit -n 65535; exec wrk -t{threads} -c{connections} -d{(int)duration.TotalSeconds}s --timeout 10s --latency -s '{script}' '{url}' -- " +
                      string.Join(' ', arguments.Select(a => $"'{a}'"));
        var start = new ProcessStartInfo("bash", ["-c", command]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var json = output.Split('\n').LastOrDefault(l => l.StartsWith('{'))
                   ?? throw new InvalidOperationException($"wrk printed no result: {output}{error}");
        return JsonSerializer.Deserialize<WrkResult>(json, Web)!;
    }
}
