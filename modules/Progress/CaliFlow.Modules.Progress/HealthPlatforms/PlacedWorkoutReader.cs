using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.WorkoutLogs;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.HealthPlatforms;

/// <summary>One of the user's logs placed in time (<see cref="PlacedWorkout"/>), for the health platforms' shapes.</summary>
internal sealed class PlacedWorkoutReader(ProgressDbContext db, IExerciseCatalog exercises, IUsersQueries users)
{
    public async Task<Result<PlacedWorkout>> ReadAsync(Guid userId, Guid logId, CancellationToken cancellationToken)
    {
        var log = await db.WorkoutLogs.AsNoTracking().Include(l => l.Exercises)
            .SingleOrDefaultAsync(l => l.Id == logId && l.UserId == userId, cancellationToken);
        if (log is null)
        {
            return ProgressErrors.LogNotFound;
        }

        if (log.Interval is not { } interval)
        {
            return ProgressErrors.LogHasNoStartTime;
        }

        // A log finished from a live workout shares its id, and each set's id was made on the phone as the set was done.
        var live = await db.LiveWorkouts.AsNoTracking().Include(l => l.Sets)
            .SingleOrDefaultAsync(l => l.Id == logId && l.UserId == userId, cancellationToken);
        var recordedEnds = live?.InOrderDone().SelectMany(e => e.Sets.Select(s => DoneAt(s.Id))).ToList();

        var zone = (await users.GetProfileAsync(userId, cancellationToken))?.TimeZone ?? "UTC";
        var offset = LocalClock.Zone(zone).GetUtcOffset(interval.Start);
        var library = await exercises.WithOwnAsync(
            await exercises.GetLibraryAsync(cancellationToken), userId, log.Exercises.Select(e => e.ExerciseId.ToString()), cancellationToken);
        return PlacedWorkout.Place(log, interval, zone, offset, library, recordedEnds);
    }

    /// <summary>The time a UUIDv7 was made: its first 48 bits count milliseconds since the Unix epoch.</summary>
    private static DateTimeOffset DoneAt(Guid id)
    {
        Span<byte> bytes = stackalloc byte[16];
        id.TryWriteBytes(bytes, bigEndian: true, out _);
        var milliseconds = 0L;
        foreach (var b in bytes[..6])
        {
            milliseconds = (milliseconds << 8) | b;
        }

        return DateTimeOffset.FromUnixTimeMilliseconds(milliseconds);
    }
}
