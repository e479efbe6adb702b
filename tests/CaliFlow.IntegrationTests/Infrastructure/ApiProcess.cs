using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>
/// The built API run as an operating-system process on a real port, as a deployment runs it, so a test can send it SIGTERM or
/// SIGKILL. Settings are <see cref="CaliFlowApp.SettingsFor"/>'s for its database, passed as environment variables.
/// </summary>
internal sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        _output = Task.WhenAll(process.StandardOutput.ReadToEndAsync(), process.StandardError.ReadToEndAsync())
            .ContinueWith(t => string.Concat(t.Result), TaskScheduler.Default);
    }

    public Uri Address { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts the API over <paramref name="database"/> (migrated at start) and waits until it answers /health/live.</summary>
    public static async Task<ApiProcess> StartAsync(string database, IDictionary<string, string?>? settings = null)
    {
        await TestDatabases.EnsureCreatedAsync(database);
        var port = TestServices.FreePort();
        var start = new ProcessStartInfo(Path.Combine(AppContext.BaseDirectory, "CaliFlow.Api"))
        {
            // The project folder is the content root, as for `dotnet run`: its appsettings.json are read from there.
            WorkingDirectory = Path.Combine(RepositoryTools.Root, "src", "CaliFlow.Api"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in CaliFlowApp.SettingsFor(database).Concat(settings ?? new Dictionary<string, string?>()))
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var api = new ApiProcess(Process.Start(start)!, new Uri($"http://127.0.0.1:{port}"));
        using var http = new HttpClient { BaseAddress = api.Address };
        for (var attempt = 0; attempt < 600 && !api.HasExited; attempt++)
        {
            try
            {
                if ((await http.GetAsync("/health/live")).IsSuccessStatusCode)
                {
                    return api;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(100);
        }

        await api.DisposeAsync();
        throw new InvalidOperationException($"The API did not start: {await api._output}");
    }

    public HttpClient Client(string? accessToken = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(60) };
        if (accessToken is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return client;
    }

    /// <summary>A new account, signed in: its id and a client sending its access token.</summary>
    public async Task<(Guid Id, HttpClient Client)> CreateUserAsync()
    {
        using var anonymous = Client();
        var email = $"user-{Guid.NewGuid():N}@califlow.test";
        const string password = "Str0ng-enough-pass";
        (await anonymous.PostAsJsonAsync("/v1/auth/register", new { email, password })).EnsureSuccessStatusCode();
        var login = await anonymous.PostAsJsonAsync("/v1/auth/login", new { email, password });
        var tokens = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<Tokens>())!;
        return (Guid.Parse(new JsonWebToken(tokens.AccessToken).Subject), Client(tokens.AccessToken));
    }

    /// <summary>Sends SIGTERM, as an orchestrator stopping the instance does.</summary>
    public void Terminate() => Signal(_process.Id, "TERM");

    /// <summary>Sends SIGKILL: the process ends at once, mid-work, as in a crash.</summary>
    public void Kill() => Signal(_process.Id, "KILL");

    /// <summary>Waits for the process to end; false if it is still running after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>What the process printed (after it ended), for an assertion's message.</summary>
    public Task<string> OutputAsync() => _output;

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static void Signal(int processId, string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, processId.ToString(CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
        if (kill.ExitCode != 0)
        {
            throw new InvalidOperationException($"kill -s {signal} {processId} failed");
        }
    }
}
