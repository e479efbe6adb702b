using System.Buffers;
using Microsoft.Extensions.Caching.Distributed;

namespace CaliFlow.BuildingBlocks.Caching;

/// <summary>
/// HybridCache's Redis tier, reading a key whose invalidation has not reached Redis yet (<see cref="DeferredInvalidations"/>)
/// as a miss, so the value comes from PostgreSQL rather than an entry Redis may still hold from before the change.
/// </summary>
public sealed class DeferredAwareDistributedCache(IBufferDistributedCache redis, DeferredInvalidations deferred) : IBufferDistributedCache
{
    public byte[]? Get(string key) => deferred.Holds(key) ? null : redis.Get(key);

    public async Task<byte[]?> GetAsync(string key, CancellationToken token = default) =>
        deferred.Holds(key) ? null : await redis.GetAsync(key, token);

    public bool TryGet(string key, IBufferWriter<byte> destination) => !deferred.Holds(key) && redis.TryGet(key, destination);

    public async ValueTask<bool> TryGetAsync(string key, IBufferWriter<byte> destination, CancellationToken token = default) =>
        !deferred.Holds(key) && await redis.TryGetAsync(key, destination, token);

    public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => redis.Set(key, value, options);

    public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        redis.SetAsync(key, value, options, token);

    public void Set(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options) => redis.Set(key, value, options);

    public ValueTask SetAsync(string key, ReadOnlySequence<byte> value, DistributedCacheEntryOptions options, CancellationToken token = default) =>
        redis.SetAsync(key, value, options, token);

    public void Refresh(string key) => redis.Refresh(key);

    public Task RefreshAsync(string key, CancellationToken token = default) => redis.RefreshAsync(key, token);

    public void Remove(string key) => redis.Remove(key);

    public Task RemoveAsync(string key, CancellationToken token = default) => redis.RemoveAsync(key, token);
}
