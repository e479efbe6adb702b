using System.Collections.Concurrent;
using CaliFlow.BuildingBlocks.Hosting;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Caching;

/// <summary>
/// Cache keys a command made stale. They are removed after the transaction commits (by the transaction behaviour): removing them
/// earlier would let a concurrent read put the old value back before the new one is visible.
/// </summary>
public sealed partial class CacheInvalidation(
    HybridCache cache, NearCache near, PendingCacheInvalidations pending, ILogger<CacheInvalidation> logger)
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
            await cache.RemoveAsync(_keys, cancellationToken);
            await near.PublishAsync(nearKeys);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            // The change is committed; the request must not fail because Redis is down or slow (a timeout is not a
            // RedisException). The stale entries are removed as soon as Redis answers again.
            LogDeferred(ex, _keys.Count);
            pending.Add(_keys);
        }

        _keys.Clear();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable: {Count} cache invalidations deferred")]
    private partial void LogDeferred(Exception exception, int count);
}

/// <summary>Invalidations that could not reach Redis, retried every few seconds until they do (near copies' publish included).</summary>
public sealed class PendingCacheInvalidations(HybridCache cache, NearCache near, TimeProvider time) : BackgroundService
{
    private readonly ConcurrentDictionary<string, byte> _keys = new();

    public int Count => _keys.Count;

    public void Add(IEnumerable<string> keys)
    {
        foreach (var key in keys)
        {
            _keys.TryAdd(key, 0);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (await IntervalWait.NextAsync(TimeSpan.FromSeconds(2), time, stoppingToken))
        {
            foreach (var key in _keys.Keys)
            {
                try
                {
                    await cache.RemoveAsync(key, stoppingToken);
                    if (near.Covers(key))
                    {
                        await near.PublishAsync([key]);
                    }

                    _keys.TryRemove(key, out _);
                }
                catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
                {
                    break; // still down; try again on the next tick
                }
            }
        }
    }
}
