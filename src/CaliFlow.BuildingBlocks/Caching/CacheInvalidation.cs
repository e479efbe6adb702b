using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.BuildingBlocks.Caching;

/// <summary>
/// Cache keys a command made stale. They are removed after the transaction commits (by the transaction behaviour): removing them
/// earlier would let a concurrent read put the old value back before the new one is visible.
/// </summary>
public sealed class CacheInvalidation(HybridCache cache)
{
    private readonly HashSet<string> _keys = [];

    public void Invalidate(string key) => _keys.Add(key);

    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (_keys.Count == 0)
        {
            return;
        }

        await cache.RemoveAsync(_keys, cancellationToken);
        _keys.Clear();
    }
}
