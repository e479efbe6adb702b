using System.Diagnostics;

namespace CaliFlow.LoadBench;

/// <summary>A server the benchmark starts (the API or the baseline), its output kept in a log file, stopped on dispose.</summary>
internal sealed class Server : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private Server(Process process, StreamWriter log, string url)
    {
        _process = process;
        _log = log;
        Url = url;
    }

    public string Url { get; }

    public static async Task<Server> StartAsync(string dll, string url, string healthPath, IDictionary<string, string> environment, string logFile)
    {
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_URLS"] = url;
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var log = new StreamWriter(logFile) { AutoFlush = true };
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (log) { log.WriteLine(e.Data); } } };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient();
        for (var attempt = 0; attempt < 240; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{dll} exited with {process.ExitCode}; see {logFile}.");
            }

            try
            {
                if ((await http.GetAsync(url + healthPath)).IsSuccessStatusCode)
                {
                    return new Server(process, log, url);
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(500);
        }

        throw new TimeoutException($"{dll} did not become healthy at {url}{healthPath}.");
    }

    /// <summary>User plus system CPU time the process has used so far.</summary>
    public TimeSpan CpuTime()
    {
        _process.Refresh();
        return _process.TotalProcessorTime;
    }

    /// <summary>The most resident memory the process has used so far (VmHWM), in MiB.</summary>
    public double PeakMemoryMiB() => StatusMiB("VmHWM:");

    /// <summary>The resident memory the process uses now (VmRSS), in MiB.</summary>
    public double MemoryMiB() => StatusMiB("VmRSS:");

    private double StatusMiB(string field)
    {
        var line = File.ReadLines($"/proc/{_process.Id}/status").First(l => l.StartsWith(field, StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024d;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        await _log.DisposeAsync();
    }
}
