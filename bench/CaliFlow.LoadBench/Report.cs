using System.Globalization;
using System.Text;

namespace CaliFlow.LoadBench;

internal sealed record Run(string Endpoint, string Kind, int Connections, WrkResult Api, WrkResult Baseline)
{
    public double Ratio => Api.RequestsPerSecond / Baseline.RequestsPerSecond;

    /// <summary>The share of the baseline's throughput the issue asks for; none for sign-in, whose cost is the password hash.</summary>
    public double? Target => Kind switch
    {
        "cached" => 0.70,
        "database read" => 0.60,
        "write" => 0.50,
        _ => null,
    };
}

internal sealed record Growth(string Endpoint, WrkResult Small, WrkResult Large)
{
    public double Change => (Large.RequestsPerSecond / Small.RequestsPerSecond) - 1;
}

internal sealed record Report(
    DateTimeOffset At,
    int Cores,
    Options Options,
    int Users,
    long ExerciseLogRows,
    long SmallExerciseLogRows,
    TimeSpan PlanSeeding,
    double ApiPeakMemoryMiB,
    IReadOnlyList<Run> Runs,
    IReadOnlyList<Growth> Growth)
{
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"# Load benchmark — {At:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        md.AppendLine(c, $"{Cores} cores; wrk and both servers on the same machine over loopback. {Users:N0} users with profiles and active plans, {ExerciseLogRows:N0} exercise-log rows.");
        md.AppendLine(c, $"Each run: {Options.Duration.TotalSeconds:0} s after a {Options.Warmup.TotalSeconds:0} s warm-up, every request as a random user. API peak memory (VmHWM): **{ApiPeakMemoryMiB:0} MiB**.");
        md.AppendLine(c, $"Plans for all users generated through `POST /plans` in {PlanSeeding.TotalSeconds:0} s.");
        foreach (var group in Runs.GroupBy(r => r.Connections))
        {
            md.AppendLine();
            md.AppendLine(c, $"## {group.Key} connections");
            md.AppendLine();
            md.AppendLine("| Endpoint | Kind | API req/s | p50 ms | p99 ms | errors | timeouts | baseline req/s | baseline p99 ms | ratio | target |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var run in group)
            {
                var target = run.Target is { } t ? $"≥ {t:P0} {(run.Ratio >= t ? "✓" : "✗")}" : "—";
                md.AppendLine(c, $"| {run.Endpoint} | {run.Kind} | {run.Api.RequestsPerSecond:0} | {run.Api.P50Us / 1000d:0.0} | {run.Api.P99Us / 1000d:0.0} | {run.Api.Errors} | {run.Api.Timeout} | {run.Baseline.RequestsPerSecond:0} | {run.Baseline.P99Us / 1000d:0.0} | {run.Ratio:P0} | {target} |");
            }
        }

        md.AppendLine();
        md.AppendLine(c, $"## Growth: the same reads at {SmallExerciseLogRows:N0} and {ExerciseLogRows:N0} exercise-log rows (64 connections)");
        md.AppendLine();
        md.AppendLine("| Endpoint | req/s small | p99 ms small | req/s large | p99 ms large | change |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var g in Growth)
        {
            md.AppendLine(c, $"| {g.Endpoint} | {g.Small.RequestsPerSecond:0} | {g.Small.P99Us / 1000d:0.0} | {g.Large.RequestsPerSecond:0} | {g.Large.P99Us / 1000d:0.0} | {g.Change:+0%;-0%} |");
        }

        return md.ToString();
    }
}
