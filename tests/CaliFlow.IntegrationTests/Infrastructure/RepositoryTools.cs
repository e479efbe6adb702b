using System.Diagnostics;

namespace CaliFlow.IntegrationTests.Infrastructure;

/// <summary>The repository's own folders and the command-line tools some tests run there (the linter, the generated clients).</summary>
internal static class RepositoryTools
{
    public static string Root { get; } = FindRoot();

    /// <summary>Runs a tool to its end; its exit code and everything it printed, for the assertion's message.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string folder, string tool, IEnumerable<string> arguments, IDictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        // A cancelled run (a test's time limit) must not leave the tool, or a browser it started, running.
        await using var kill = cancellationToken.Register(() => process.Kill(entireProcessTree: true));
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, await output + await errors);
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CaliFlow.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CaliFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
