using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.BuildingBlocks.Caching;

/// <summary>
/// HybridCache runs a factory apart from its caller: a caller whose token fires (a client that disconnects) returns at once while
/// the factory goes on. A factory that reads through the request's DbContext must not outlive the request: the request's scope
/// would dispose the shared connection under a running command, and that connection never goes back to the pool (found under
/// load in bench/: thirty such requests and every later one waited for a connection). These overloads wait for the factory
/// whatever the request's token says; the work left is one short read. Calling HybridCache's own GetOrCreateAsync anywhere
/// else is a compile error (RS0030, BannedSymbols.txt at the repository root).
/// </summary>
public static class RequestScopedCaching
{
#pragma warning disable RS0030 // the one place allowed to call what BannedSymbols.txt bans: it pins the token to None
    public static ValueTask<T> GetOrCreateOnRequestAsync<TState, T>(
        this HybridCache cache, string key, TState state, Func<TState, CancellationToken, ValueTask<T>> factory, HybridCacheEntryOptions? options = null) =>
        cache.GetOrCreateAsync(key, state, factory, options, cancellationToken: CancellationToken.None);

    public static ValueTask<T> GetOrCreateOnRequestAsync<T>(
        this HybridCache cache, string key, Func<CancellationToken, ValueTask<T>> factory, HybridCacheEntryOptions? options = null) =>
        cache.GetOrCreateAsync(key, factory, options, cancellationToken: CancellationToken.None);
#pragma warning restore RS0030
}
