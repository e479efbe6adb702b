using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Progress.LiveWorkouts;
using CaliFlow.Modules.Progress.Metrics;
using CaliFlow.Modules.Progress.Photos;
using CaliFlow.Modules.Progress.WorkoutLogs;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetSyncChanges;

/// <param name="Since">The <c>nextCursor</c> of the last sync; everything when absent.</param>
internal sealed record GetSyncChangesQuery(Guid UserId, string? Since, int Limit) : IQuery<Result<SyncChanges>>
{
    public const int DefaultLimit = 200;
    public const int MaxLimit = 500;
}

/// <param name="DeletedWorkoutLogs">Tombstones: logs deleted since the cursor, to remove on the device.</param>
/// <param name="Photos">Photos' metadata; the pictures are fetched from their URLs.</param>
/// <param name="DeletedPhotos">Tombstones of photos deleted since the cursor.</param>
/// <param name="LiveWorkouts">Live workouts started, changed (a set recorded elsewhere) or finished since the cursor.</param>
/// <param name="DeletedLiveWorkouts">Tombstones of live workouts abandoned, or discarded when left open, since the cursor.</param>
/// <param name="NextCursor">Where the next sync starts; store it even when nothing changed.</param>
/// <param name="HasMore">More changes are waiting: ask again right away with <paramref name="NextCursor"/>.</param>
internal sealed record SyncChanges(
    IReadOnlyList<WorkoutLogResponse> WorkoutLogs,
    IReadOnlyList<Guid> DeletedWorkoutLogs,
    IReadOnlyList<MetricResponse> Metrics,
    IReadOnlyList<PhotoResponse> Photos,
    IReadOnlyList<Guid> DeletedPhotos,
    IReadOnlyList<LiveWorkoutResponse> LiveWorkouts,
    IReadOnlyList<Guid> DeletedLiveWorkouts,
    string? NextCursor,
    bool HasMore);

/// <summary>Position in the stream of a user's changes: (updated at, id), ascending.</summary>
internal readonly record struct ChangeCursor(DateTimeOffset At, Guid Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{At.UtcTicks.ToString(CultureInfo.InvariantCulture)}|{Id:N}"));

    public static bool TryDecode(string? value, out ChangeCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 100 || !Base64Url.IsValid(value))
        {
            return false;
        }

        var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value)).Split('|');
        if (parts.Length != 2 ||
            !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) ||
            ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks ||
            !Guid.TryParseExact(parts[1], "N", out var id))
        {
            return false;
        }

        cursor = new ChangeCursor(new DateTimeOffset(ticks, TimeSpan.Zero), id);
        return true;
    }
}
