using System.Globalization;
using System.Text;

namespace CaliFlow.LoadBench;

internal sealed record Run(string Endpoint, string Kind, int Connections, WrkResult Api, WrkResult Baseline)
{
    /// <summary>Workout logs in each offline-sync request (#21: a phone uploading what it recorded offline).</summary>
    public const int SyncLogsPerRequest = 20;

    public double Ratio => Api.RequestsPerSecond / Baseline.RequestsPerSecond;

    public double CpuRatio => Api.CpuUsPerRequest / Baseline.CpuUsPerRequest;

    /// <summary>
    /// The issues' targets for this row, each with whether it holds: a share of the baseline's throughput, a p99 ceiling, a CPU
    /// per request ceiling against the baseline's (cached reads, #20), and errors for writes at 1000 connections (#21). Sign-in
    /// has none: its cost is the password hash the baseline pays too.
    /// </summary>
    public IReadOnlyList<(string Target, bool Met)> Targets()
    {
        var targets = new List<(string, bool)>();
        void Share(double share) => targets.Add(($"≥ {share:P0}", Ratio >= share));
        void P99(double ms) => targets.Add(($"p99 ≤ {ms:0} ms", Api.P99Us / 1000d <= ms));
        switch (Kind)
        {
            case "cached":
                Share(0.50);
                if (Connections <= 64)
                {
                    P99(15);
                }

                targets.Add(("CPU ≤ 2.5×", CpuRatio <= 2.5));
                break;
            case "database read":
                Share(0.50);
                break;
            case "write" when Connections <= 64:
                Share(0.15);
                P99(150);
                break;
            case "write":
                targets.Add(("0 errors", Api.Errors + Api.Timeout == 0));
                P99(1000);
                break;
            case "offline sync":
                var logsPerSecond = Api.RequestsPerSecond * SyncLogsPerRequest;
                targets.Add(($"{logsPerSecond:0} logs/s ≥ 2,000", logsPerSecond >= 2000));
                break;
        }

        return targets;
    }
}

internal sealed record Growth(string Endpoint, WrkResult Small, WrkResult Large)
{
    public const double Tolerance = 0.10;

    public double Change => (Large.RequestsPerSecond / Small.RequestsPerSecond) - 1;
}

/// <summary>Event delivery around one write run: the backlog during it, and how fast what it left is delivered alone (#21).</summary>
internal sealed record Delivery(int Connections, double WritesPerSecond, long MostPending, long PendingAtEnd, TimeSpan Drain)
{
    public const double TargetTimesWriteRate = 3;

    public double EventsPerSecond => Drain.TotalSeconds > 0 ? PendingAtEnd / Drain.TotalSeconds : double.NaN;
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
    IReadOnlyList<Growth> Growth,
    IReadOnlyList<Delivery> Deliveries)
{
    public string ToMarkdown()
    {
        var md = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        md.AppendLine(c, $"# Load benchmark — {At:yyyy-MM-dd HH:mm} UTC");
        md.AppendLine();
        md.AppendLine(c, $"{Cores} cores; wrk and both servers on the same machine over loopback. {Users:N0} users with profiles and active plans, {ExerciseLogRows:N0} exercise-log rows.");
        md.AppendLine(c, $"Each run: {Options.Duration.TotalSeconds:0} s after a {Options.Warmup.TotalSeconds:0} s warm-up, every request as a random user. API peak memory (VmHWM) over the whole run: **{ApiPeakMemoryMiB:0} MiB** (target ≤ {MemoryTargetMiB} MiB {Mark(ApiPeakMemoryMiB <= MemoryTargetMiB)}).");
        md.AppendLine("CPU: user + system CPU of the server process over the measured window, per request (µs).");
        md.AppendLine(c, $"Plans: 100 generated through `POST /plans`, copied (fresh ids) for the other users; {PlanSeeding.TotalSeconds:0} s in all.");
        foreach (var group in Runs.GroupBy(r => r.Connections))
        {
            md.AppendLine();
            md.AppendLine(c, $"## {group.Key} connections");
            md.AppendLine();
            md.AppendLine("| Endpoint | Kind | API req/s | p50 ms | p99 ms | errors | timeouts | API CPU µs/req | baseline req/s | baseline p99 ms | baseline CPU µs/req | ratio | CPU × | targets |");
            md.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
            foreach (var run in group)
            {
                var targets = run.Targets() is { Count: > 0 } list ? string.Join(", ", list.Select(t => $"{t.Target} {Mark(t.Met)}")) : "—";
                md.AppendLine(c, $"| {run.Endpoint} | {run.Kind} | {run.Api.RequestsPerSecond:0} | {run.Api.P50Us / 1000d:0.0} | {run.Api.P99Us / 1000d:0.0} | {run.Api.Errors} | {run.Api.Timeout} | {run.Api.CpuUsPerRequest:0} | {run.Baseline.RequestsPerSecond:0} | {run.Baseline.P99Us / 1000d:0.0} | {run.Baseline.CpuUsPerRequest:0} | {run.Ratio:P0} | {run.CpuRatio:0.0} | {targets} |");
            }
        }

        md.AppendLine();
        md.AppendLine(c, $"## Growth: the same reads at {SmallExerciseLogRows:N0} and {ExerciseLogRows:N0} exercise-log rows (64 connections)");
        md.AppendLine();
        md.AppendLine(c, $"| Endpoint | req/s small | p99 ms small | req/s large | p99 ms large | change (target ±{LoadBench.Growth.Tolerance:P0}) |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var g in Growth)
        {
            md.AppendLine(c, $"| {g.Endpoint} | {g.Small.RequestsPerSecond:0} | {g.Small.P99Us / 1000d:0.0} | {g.Large.RequestsPerSecond:0} | {g.Large.P99Us / 1000d:0.0} | {g.Change:+0%;-0%} {Mark(Math.Abs(g.Change) <= LoadBench.Growth.Tolerance)} |");
        }

        md.AppendLine();
        md.AppendLine("## Event delivery around the write runs (`POST /workout-logs`)");
        md.AppendLine();
        md.AppendLine("Pending outbox rows sampled every second while the run is measured; then the rows it left are delivered with nothing else running (drain), which gives the delivery rate on its own.");
        md.AppendLine();
        md.AppendLine(c, $"| Connections | writes/s | most pending during the run | pending at its end | drain s | delivered alone events/s | × write rate (target ≥ {Delivery.TargetTimesWriteRate:0}) |");
        md.AppendLine("|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var d in Deliveries)
        {
            var times = d.EventsPerSecond / d.WritesPerSecond;
            md.AppendLine(c, $"| {d.Connections} | {d.WritesPerSecond:0} | {d.MostPending} | {d.PendingAtEnd} | {d.Drain.TotalSeconds:0.0} | {d.EventsPerSecond:0} | {times:0.0} {Mark(times >= Delivery.TargetTimesWriteRate)} |");
        }

        return md.ToString();
    }

    private const int MemoryTargetMiB = 250;

    private static string Mark(bool met) => met ? "✓" : "✗";
}
