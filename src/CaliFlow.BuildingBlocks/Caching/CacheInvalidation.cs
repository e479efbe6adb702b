using System.Collections.Concurrent;
using CaliFlow.BuildingBlocks.Hosting;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Caching;

/// <summary>
/// Cache keys a command made stale. They are removed after the transaction commits (by the transaction behaviour): removing them
/// earlier would let a concurrent read put the old value back before the new one is visible.
/// </summary>
public sealed partial class CacheInvalidation(
    HybridCache cache, IConnectionMultiplexer redis, NearCache near, DeferredInvalidations deferred, ILogger<CacheInvalidation> logger)
{
    private readonly HashSet<string> _keys = [];

    public void Invalidate(string key) => _keys.Add(key);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_keys.Count == 0)
        {
            return;
        }

        var nearKeys = _keys.Where(near.Covers).ToList();
        near.Drop(nearKeys); // this instance's copies go before anything can fail
        try
        {
            // HybridCache's removal drops its in-process copies; the script removes the Redis entries and moves their versions.
            await Task.WhenAll(cache.RemoveAsync(_keys, cancellationToken).AsTask(), RedisBytes.InvalidateAsync(redis.GetDatabase(), _keys));
            await near.PublishAsync(nearKeys);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            // The change is committed; the request must not fail because Redis is down or slow (a timeout is not a
            // RedisException). The stale entries are removed as soon as Redis answers again, and this instance does not read
            // them from Redis until then.
            LogDeferred(ex, _keys.Count);
            deferred.Add(_keys);
        }

        _keys.Clear();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable: {Count} cache invalidations deferred")]
    private partial void LogDeferred(Exception exception, int count);
}

/// <summary>
/// Keys whose invalidation has not reached Redis yet. Redis may come back still holding their old values (it was unreachable,
/// or restarted from a snapshot), so until each removal is confirmed this instance treats the key as a miss and reads it from
/// PostgreSQL (<see cref="DeferredAwareDistributedCache"/>, <see cref="RedisBytes"/>): a change made during an outage is
/// visible at once when Redis returns.
/// </summary>
public sealed class DeferredInvalidations
{
    private readonly ConcurrentDictionary<string, byte> _keys = new();
    private int _count;

    public IEnumerable<string> Keys => _keys.Keys;

    /// <summary>Whether <paramref name="key"/> still waits for its removal (one volatile read when nothing waits).</summary>
    public bool Holds(string key) => Volatile.Read(ref _count) > 0 && _keys.ContainsKey(key);

    public void Add(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            if (_keys.TryAdd(key, 0))
            {
                Interlocked.Increment(ref _count);
            }
        }
    }

    public void Confirm(string key)
    {
        if (_keys.TryRemove(key, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}

public sealed class CacheInvalidationOptions
{
    /// <summary>How often deferred invalidations are tried again while Redis is unreachable.</summary>
    public TimeSpan RetryInterval { get; set; } = TimeSpan.FromSeconds(2);
}

/// <summary>Invalidations that could not reach Redis, retried until they do (near copies' publish included).</summary>
public sealed class PendingCacheInvalidations(
    DeferredInvalidations deferred,
    HybridCache cache,
    IConnectionMultiplexer redis,
    NearCache near,
    IOptions<CacheInvalidationOptions> options,
    TimeProvider time)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await IntervalWait.NextAsync(options.Value.RetryInterval, time, stoppingToken))
        {
            foreach (var key in deferred.Keys)
            {
                try
                {
                    await Task.WhenAll(cache.RemoveAsync(key, stoppingToken).AsTask(), RedisBytes.InvalidateAsync(redis.GetDatabase(), [key]));
                    if (near.Covers(key))
                    {
                        await near.PublishAsync([key]);
                    }

                    deferred.Confirm(key);
                }
                catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
                {
                    break; // still down; try again on the next tick
                }
            }
        }
    }
}
