using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Caching;

/// <summary>
/// Entries that already are a response's bytes, read with one Redis GET. HybridCache's own work per call (stampede state,
/// payload framing, a copy) cost more than the rest of a hit on the hottest reads (bench/README.md), and bytes need none of it.
/// Entries live under the names HybridCache gives its own, so <see cref="CacheInvalidation"/> removes them like any other.
/// Redis being down is a miss, never an error: the caller computes the value from PostgreSQL.
/// </summary>
public sealed partial class RedisBytes(IConnectionMultiplexer redis, DeferredInvalidations deferred, ILogger<RedisBytes> logger)
{
    /// <summary>The prefix HybridCache's Redis tier puts before every key.</summary>
    public const string KeyPrefix = "califlow:";

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

    public async ValueTask SetAsync(string key, byte[] value, TimeSpan expiry)
    {
        try
        {
            await redis.GetDatabase().StringSetAsync(KeyPrefix + key, value, expiry);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            LogUnavailable(ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Redis unavailable: read from PostgreSQL")]
    private partial void LogUnavailable(Exception exception);
}
