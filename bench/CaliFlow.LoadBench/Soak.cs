using System.Globalization;
using System.Text;
using SkiaSharp;

namespace CaliFlow.LoadBench;

/// <summary>One kind of request in the soak's mix: its share of the connections, the wrk arguments, the refusals it may get.</summary>
internal sealed record SoakKind(string Name, double Share, string[] Arguments, string Allowed)
{
    public int ConnectionsOf(int total) => Math.Max(2, (int)Math.Round(total * Share)); // wrk needs a connection per thread
}

internal sealed record MemorySample(TimeSpan At, double RssMiB, long PendingEvents);

internal sealed record SoakResult(SoakKind Kind, int Connections, WrkResult Wrk);

/// <summary>The soak (bench/README.md): a realistic mix at 1000 connections for minutes, memory sampled every 30 s.</summary>
internal static class Soak
{
    public const string PhotoContentType = "multipart/form-data; boundary=califlow-soak-boundary";

    /// <summary>
    /// Who does what at once: most connections read (today's workout, the library, stats), a tenth log workouts, a few sync
    /// offline batches, check in, ask the coach, and two upload progress photos without a pause (a photo every few seconds, far more
    /// than people take; the instance processes two at once by design and turns more away with a 503). Check-ins are one a day, so a second one the same
    /// day answers 409, which is what the API should say; everything else must succeed.
    /// </summary>
    public static IReadOnlyList<SoakKind> Mix(
        string tokens, string exerciseIds, string workout, string syncBatch, string checkIn, string coachMessage, string photo) =>
    [
        new("GET /workouts/today", 0.39, ["get", "/v1/workouts/today", tokens], ""),
        new("GET /exercises", 0.10, ["get", "/v1/exercises", tokens], ""),
        new("GET /exercises/{id}", 0.10, ["get-id", "/v1/exercises/", exerciseIds, tokens], ""),
        new("GET /stats", 0.25, ["get", "/v1/stats", tokens], ""),
        new("POST /workout-logs", 0.10, ["post-log", "/v1/workout-logs", tokens, workout], ""),
        new("POST /workout-logs/sync (5 logs)", 0.03, ["post-log", "/v1/workout-logs/sync", tokens, syncBatch], ""),
        new("POST /check-ins", 0.01, ["post-log", "/v1/check-ins", tokens, checkIn], "409"),
        new("POST /coach/messages", 0.01, ["post-log", "/v1/coach/messages", tokens, coachMessage], ""),
        new("POST /photos", 0.002, ["post-raw", "/v1/photos", tokens, photo, PhotoContentType], ""),
    ];

    /// <summary>A multipart upload of a phone-sized JPEG (1500 × 2000, a gradient with noise so it does not compress to nothing).</summary>
    public static byte[] PhotoUpload()
    {
        var info = new SKImageInfo(1500, 2000);
        using var bitmap = new SKBitmap(info);
        var random = new Random(7);
        for (var y = 0; y < info.Height; y++)
        {
            for (var x = 0; x < info.Width; x++)
            {
                bitmap.SetPixel(x, y, new SKColor((byte)(x / 6), (byte)(y / 8), (byte)random.Next(256)));
            }
        }

        using var jpeg = bitmap.Encode(SKEncodedImageFormat.Jpeg, 85);
        var head = Encoding.ASCII.GetBytes(
            "--califlow-soak-boundary\r\nContent-Disposition: form-data; name=\"pose\"\r\n\r\nfront\r\n" +
            "--califlow-soak-boundary\r\nContent-Disposition: form-data; name=\"file\"; filename=\"progress.jpg\"\r\n" +
            "Content-Type: image/jpeg\r\n\r\n");
        var tail = Encoding.ASCII.GetBytes("\r\n--califlow-soak-boundary--\r\n");
        return [.. head, .. jpeg.ToArray(), .. tail];
    }

    public static string ToMarkdown(
        DateTimeOffset at, int users, long logRows, int connections, TimeSpan duration, IReadOnlyList<SoakResult> results,
        IReadOnlyList<MemorySample> memory, long pendingAtEnd, TimeSpan drain, bool drained)
    {
        var text = new StringBuilder();
        var errors = results.Sum(r => r.Wrk.UnexpectedErrors + r.Wrk.Timeout);
        // Warm-up: the first fifth of the run (at least the first minute); growth is measured from there to the end.
        var warm = memory.Where(m => m.At >= TimeSpan.FromTicks(Math.Max(duration.Ticks / 5, TimeSpan.FromMinutes(1).Ticks))).ToList();
        var growth = warm.Count >= 2 ? warm[^1].RssMiB / warm[0].RssMiB - 1 : double.NaN;
        var ok = (bool pass) => pass ? "✓" : "✗";
        text.AppendLine(CultureInfo.InvariantCulture, $"# Soak — {at:yyyy-MM-dd HH:mm} UTC").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores; wrk and the API on the same machine. {users:N0} users, {logRows:N0} exercise-log rows; " +
            $"{connections:N0} connections for {duration.TotalMinutes:0} minutes, every request as a random user.").AppendLine();
        text.AppendLine(CultureInfo.InvariantCulture, $"- Errors (socket errors, timeouts, answers the mix does not allow): **{errors}** (target 0) {ok(errors == 0)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- Memory after warm-up: {(warm.Count > 0 ? warm[0].RssMiB : double.NaN):0} MiB → {(warm.Count > 0 ? warm[^1].RssMiB : double.NaN):0} MiB, " +
            $"growth **{growth:+0.0%;-0.0%}** (target ≤ 10 %) {ok(growth <= 0.10)}");
        text.AppendLine(CultureInfo.InvariantCulture,
            $"- Outbox at the end: {pendingAtEnd} events pending, drained in {drain.TotalSeconds:0} s {ok(drained)}").AppendLine();
        text.AppendLine("| Requests | connections | requests | req/s | p50 ms | p99 ms | errors | timeouts | allowed refusals |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            text.AppendLine(CultureInfo.InvariantCulture,
                $"| {r.Kind.Name} | {r.Connections} | {r.Wrk.Requests} | {r.Wrk.RequestsPerSecond:0} | {r.Wrk.P50Us / 1000d:0.0} | {r.Wrk.P99Us / 1000d:0.0} | " +
                $"{r.Wrk.UnexpectedErrors} | {r.Wrk.Timeout} | {(r.Kind.Allowed.Length > 0 ? r.Kind.Allowed : "—")} |");
        }

        text.AppendLine().AppendLine("## API memory and pending events, every 30 s").AppendLine();
        text.AppendLine("| at | RSS MiB | pending events |").AppendLine("|---:|---:|---:|");
        foreach (var m in memory)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"| {m.At:mm\\:ss} | {m.RssMiB:0} | {m.PendingEvents} |");
        }

        return text.ToString();
    }
}
