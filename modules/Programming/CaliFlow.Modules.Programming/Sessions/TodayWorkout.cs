using System.Globalization;
using System.Text;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Programming.Sessions;

/// <param name="Date">Today in the user's time zone.</param>
/// <param name="IsToday">False when there is no session today and <paramref name="Session"/> is the next one.</param>
/// <param name="Session">Null when the plan has no session left from today on.</param>
internal sealed record TodayWorkoutResponse(DateOnly Date, string TimeZone, bool IsToday, SessionResponse? Session);

/// <summary>
/// Today's workout, read by <c>GET /workouts/today</c> and by other modules (<see cref="ProgrammingQueries"/>), so both see the
/// same. Cached in Redis until the user's local midnight as the response's bytes, headed by the date and zone they are for: a
/// hit is one GET, sent as stored, never decoded (<see cref="RedisBytes"/>). Every change to the plan, a session or the profile removes the entry; an entry for
/// another date (a zone change seen late) is recomputed rather than served. The plan's context and the Users queries are taken
/// only on a miss.
/// </summary>
internal sealed class TodayWorkoutReader(IServiceProvider services, RedisBytes cache, TimeProvider time)
{
    // A user with no plan yet is asked about again soon: the plan they are about to make removes the entry anyway.
    private static readonly TimeSpan NoPlanLifetime = TimeSpan.FromMinutes(1);

    /// <summary>The response as other modules read it; null when the user has no active plan.</summary>
    public async ValueTask<TodayWorkoutResponse?> GetAsync(Guid userId, CancellationToken cancellationToken) =>
        (await GetEncodedAsync(userId, cancellationToken))?.Decode<TodayWorkoutResponse>();

    /// <summary>The response's bytes as <c>GET /workouts/today</c> sends them; null when the user has no active plan.</summary>
    public async ValueTask<EncodedJson?> GetEncodedAsync(Guid userId, CancellationToken cancellationToken)
    {
        var key = ProgrammingCacheKeys.Today(userId);
        if (await cache.GetAsync(key) is { } hit)
        {
            var cached = StoredToday.Read(hit);
            // An entry for another date (a zone change seen late, a clock past midnight) is recomputed, not served.
            if (cached is null || cached.Date == LocalClock.Today(time, cached.TimeZone))
            {
                return cached?.Json;
            }
        }

        var stamp = await cache.StampAsync(key);
        var computed = await ComputeAsync(userId, cancellationToken);
        var stored = StoredToday.Read(computed);
        await cache.SetAsync(key, stamp, computed, stored is null ? NoPlanLifetime : LocalClock.UntilMidnight(time, stored.TimeZone));
        return stored?.Json;
    }

    private async ValueTask<byte[]> ComputeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var profile = await services.GetRequiredService<IUsersQueries>().GetProfileAsync(userId, cancellationToken);
        var db = services.GetRequiredService<ProgrammingDbContext>();
        var planId = await db.Plans.Where(p => p.UserId == userId && p.Status == PlanStatus.Active)
            .Select(p => (Guid?)p.Id).SingleOrDefaultAsync(cancellationToken);
        if (profile is null || planId is null)
        {
            return StoredToday.NoActivePlan;
        }

        var today = LocalClock.Today(time, profile.TimeZone);
        // Today's session whatever its state (done today is still today's), else the next one still to do.
        var session = await db.Sessions.AsNoTracking().Include(s => s.Exercises)
            .Where(s => s.PlanId == planId && s.ScheduledDate >= today && s.Status != SessionStatus.Skipped)
            .Where(s => s.ScheduledDate == today || s.Status == SessionStatus.Planned)
            .OrderBy(s => s.ScheduledDate).ThenBy(s => s.Week)
            .FirstOrDefaultAsync(cancellationToken);
        return StoredToday.Write(new TodayWorkoutResponse(
            today, profile.TimeZone, session?.ScheduledDate == today, session is null ? null : SessionResponse.From(session)));
    }

    /// <summary>The cache entry: <c>yyyy-MM-dd zone\n</c>, then the response's JSON. Empty: no active plan.</summary>
    private sealed record StoredToday(DateOnly Date, string TimeZone, EncodedJson Json, byte[] Bytes)
    {
        public static readonly byte[] NoActivePlan = [];

        public static byte[] Write(TodayWorkoutResponse response)
        {
            var head = Encoding.UTF8.GetBytes($"{response.Date:yyyy-MM-dd} {response.TimeZone}\n");
            return [.. head, .. EncodedJson.Encode(response).Utf8.Span];
        }

        public static StoredToday? Read(byte[] bytes)
        {
            var newline = Array.IndexOf(bytes, (byte)'\n');
            if (newline < 0)
            {
                return null;
            }

            var head = Encoding.UTF8.GetString(bytes, 0, newline);
            var space = head.IndexOf(' ', StringComparison.Ordinal);
            return new StoredToday(
                DateOnly.ParseExact(head.AsSpan(0, space), "yyyy-MM-dd", CultureInfo.InvariantCulture),
                head[(space + 1)..],
                new EncodedJson(bytes.AsMemory(newline + 1)),
                bytes);
        }
    }
}
