using System.Collections.Concurrent;

namespace CaliFlow.BuildingBlocks;

/// <summary>Dates as the user lives them: "today" and "midnight" are in their time zone, not the server's.</summary>
public static class LocalClock
{
    public static DateOnly Today(TimeProvider time, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone(timeZone)).DateTime);

    /// <summary>The user's local date at <paramref name="instant"/>.</summary>
    public static DateOnly DateAt(DateTimeOffset instant, string timeZone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone(timeZone)).DateTime);

    /// <summary>How long until the user's next local midnight (at least a second, so a cache entry is never born expired).</summary>
    public static TimeSpan UntilMidnight(TimeProvider time, string timeZone)
    {
        var zone = Zone(timeZone);
        var now = time.GetUtcNow();
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var midnight = local.Date.AddDays(1);
        // Midnight itself may not exist on a daylight-saving day; the first valid instant after it is what counts.
        while (zone.IsInvalidTime(midnight))
        {
            midnight = midnight.AddMinutes(15);
        }

        var until = TimeZoneInfo.ConvertTimeToUtc(midnight, zone) - now.UtcDateTime;
        return until < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : until;
    }

    // The runtime's own lookup takes a process-wide lock on every call; zones never change while the process runs.
    private static readonly ConcurrentDictionary<string, TimeZoneInfo> Zones = new(StringComparer.Ordinal);

    /// <summary>The IANA zone, or UTC for an unknown id (profiles validate zones; this keeps old data readable).</summary>
    public static TimeZoneInfo Zone(string timeZone)
    {
        if (Zones.TryGetValue(timeZone, out var known))
        {
            return known;
        }

        // Only real zones are remembered, so the memo is bounded by the zones that exist, whatever strings arrive.
        return TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var zone) ? Zones.GetOrAdd(timeZone, zone) : TimeZoneInfo.Utc;
    }
}
