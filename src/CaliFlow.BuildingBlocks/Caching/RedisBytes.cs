using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Caching;

/// <summary>
/// Entries that already are a response's bytes, read with one Redis GET. HybridCache's own work per call (stampede state,
/// payload framing, a copy) cost more than the rest of a hit on the hottest reads (bench/README.md), and bytes need none of it.
/// Entries live under the names HybridCache gives its own, so <see cref="CacheInvalidation"/> removes them like any other.
/// Redis being down is a miss, never an error: the caller computes the value from PostgreSQL.
/// <para>
/// A value computed on a miss is stored only if its key was not invalidated meanwhile: otherwise a read that began before a
/// change committed could store the old value just after the change removed it, and serve it until it expires (until midnight,
/// for today's workout). Each invalidation moves the key's version (<see cref="InvalidateAsync"/>); a miss reads the version
/// before computing (<see cref="StampAsync"/>) and the store happens, atomically in Redis, only while it is unchanged.
/// </para>
/// </summary>
public sealed partial class RedisBytes(IConnectionMultiplexer redis, DeferredInvalidations deferred, ILogger<RedisBytes> logger)
{
    /// <summary>The prefix HybridCache's Redis tier puts before every key.</summary>
    public const string KeyPrefix = "califlow:";

    private const string VersionPrefix = KeyPrefix + "version:";

    // Far longer than any computation of a value can take, so a reader never sees a version that expired while it computed.
    private static readonly long VersionLifetimeMs = (long)TimeSpan.FromHours(1).TotalMilliseconds;

    private const string SetIfUnchanged = """
        if (redis.call('GET', KEYS[2]) or '') == ARGV[1] then
          redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
          return 1
        end
        return 0
        """;

    private const string RemoveAndMoveVersions = """
        for i = 1, #KEYS, 2 do
          redis.call('DEL', KEYS[i])
          redis.call('INCR', KEYS[i + 1])
          redis.call('PEXPIRE', KEYS[i + 1], ARGV[1])
        end
        return 0
        """;

    /// <summary>The stored bytes, or null when absent, Redis is unreachable or the key's invalidation has not reached Redis yet.</summary>
    public async ValueTask<byte[]?> GetAsync(string key)
    {
        if (deferred.Holds(key))
        {
            return null;
        }

        try
        {
            return await redis.GetDatabase().StringGetAsync(KeyPrefix + key);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogUnavailable(ex);
            return null;
        }
    }

    /// <summary>The key's version, read on a miss before the value is computed; hand it to <see cref="SetAsync"/>.</summary>
    public async ValueTask<CacheStamp> StampAsync(string key)
    {
        try
        {
            var version = await redis.GetDatabase().StringGetAsync(VersionPrefix + key);
            return new CacheStamp(version.IsNull ? "" : version.ToString(), Valid: true);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogUnavailable(ex);
            return default;
        }
    }

    /// <summary>Stores a value computed after <paramref name="stamp"/> was taken, unless the key was invalidated since.</summary>
    public async ValueTask SetAsync(string key, CacheStamp stamp, byte[] value, TimeSpan expiry)
    {
        if (!stamp.Valid)
        {
            return; // the version could not be read, so a concurrent invalidation could not be seen either
        }

        try
        {
            await redis.GetDatabase().ScriptEvaluateAsync(
                SetIfUnchanged,
                [KeyPrefix + key, VersionPrefix + key],
                [stamp.Version, value, (long)expiry.TotalMilliseconds]);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogUnavailable(ex);
        }
    }

    /// <summary>Removes the entries and moves their versions in one step, so no value computed before it is stored after it.</summary>
    public static Task InvalidateAsync(IDatabase database, IReadOnlyCollection<string> keys) =>
        database.ScriptEvaluateAsync(
            RemoveAndMoveVersions,
            [.. keys.SelectMany(key => new RedisKey[] { KeyPrefix + key, VersionPrefix + key })],
            [VersionLifetimeMs]);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Redis unavailable: read from PostgreSQL")]
    private partial void LogUnavailable(Exception exception);
}

/// <summary>A key's version as a miss read it (<see cref="RedisBytes.StampAsync"/>); not valid when Redis did not answer.</summary>
public readonly record struct CacheStamp(string Version, bool Valid);
