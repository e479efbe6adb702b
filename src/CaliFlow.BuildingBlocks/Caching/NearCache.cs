using System.Collections.Concurrent;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Caching;

/// <summary>Key prefixes whose answers are also copied in-process (<see cref="NearCache"/>); each module adds its own.</summary>
public sealed class NearCacheOptions
{
    public List<string> Prefixes { get; } = [];
}

/// <summary>
/// In-process copies of small answers read on every request (is this session alive?), so a hit costs no Redis round trip.
/// Every instance drops a copy the moment any instance invalidates its key: <see cref="CacheInvalidation"/> drops its own
/// copies, then publishes the keys on a Redis channel all instances listen to. Copies are used only while this instance's
/// subscription is up (losing it may lose messages, so every copy goes with it), and one is kept only when no invalidation
/// arrived while its value was being read, so a read racing an invalidation never keeps the old answer. A copy also expires
/// after <see cref="Lifetime"/>, which bounds what a publish that never got out (Redis unreachable from one instance only)
/// can leave behind.
/// </summary>
public sealed partial class NearCache(IConnectionMultiplexer redis, IOptions<NearCacheOptions> options, ILogger<NearCache> logger)
    : BackgroundService
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);
    public const int MaxCopies = 200_000;

    private static readonly RedisChannel Channel = RedisChannel.Literal("califlow:near-cache:drop");

    private readonly string[] _prefixes = [.. options.Value.Prefixes];
    private readonly ConcurrentDictionary<string, Copy> _copies = new(StringComparer.Ordinal);
    private long _generation;
    private volatile bool _listening;

    /// <summary>Whether copies are in use: false until the subscription is confirmed, and from a lost connection until it is renewed.</summary>
    public bool Listening => _listening;

    public bool Covers(string key) => _prefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>The copy of <paramref name="key"/>'s value, else <paramref name="read"/>'s answer, kept when nothing dropped it meanwhile.</summary>
    public async ValueTask<T> GetOrReadAsync<TState, T>(string key, TState state, Func<TState, ValueTask<T>> read)
    {
        if (_listening && _copies.TryGetValue(key, out var copy) && copy.Until > Environment.TickCount64)
        {
            return (T)copy.Value!;
        }

        var generation = Volatile.Read(ref _generation);
        var answer = await read(state);
        if (_listening && _copies.Count < MaxCopies)
        {
            _copies[key] = new Copy(answer, Environment.TickCount64 + (long)Lifetime.TotalMilliseconds);
            // Any invalidation since the read began bumped the generation: the answer may be the old value, so it goes.
            // (One landing after this check removes the copy itself.)
            if (Volatile.Read(ref _generation) != generation)
            {
                _copies.TryRemove(key, out _);
            }
        }

        return answer;
    }

    /// <summary>Drops this instance's copies of <paramref name="keys"/> at once; other instances drop theirs on <see cref="PublishAsync"/>.</summary>
    public void Drop(IReadOnlyCollection<string> keys)
    {
        if (keys.Count == 0)
        {
            return;
        }

        Interlocked.Increment(ref _generation);
        foreach (var key in keys)
        {
            _copies.TryRemove(key, out _);
        }
    }

    /// <summary>Tells every instance to drop its copies of <paramref name="keys"/>. Throws when Redis cannot be reached.</summary>
    public async Task PublishAsync(IReadOnlyCollection<string> keys)
    {
        if (keys.Count > 0)
        {
            await redis.GetSubscriber().PublishAsync(Channel, string.Join('\n', keys));
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        redis.ConnectionFailed += (_, _) => Forget();
        redis.ConnectionRestored += (_, _) => Forget();
        var subscriber = redis.GetSubscriber();
        var warned = false;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (!_listening)
            {
                var generation = Volatile.Read(ref _generation);
                try
                {
                    // Subscribing again after a lost connection: only an acknowledged SUBSCRIBE proves messages arrive again.
                    await subscriber.UnsubscribeAsync(Channel);
                    await subscriber.SubscribeAsync(Channel, (_, message) => Drop(((string?)message ?? "").Split('\n')));
                    // A connection lost while subscribing leaves it to the next round.
                    _listening = Volatile.Read(ref _generation) == generation;
                    warned = false;
                }
                catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
                {
                    if (!warned)
                    {
                        LogNotListening(ex);
                        warned = true;
                    }
                }
            }

            SweepExpired();
            if (!await Hosting.IntervalWait.NextAsync(TimeSpan.FromSeconds(1), TimeProvider.System, stoppingToken))
            {
                return;
            }
        }
    }

    private void Forget()
    {
        _listening = false;
        Interlocked.Increment(ref _generation);
        _copies.Clear();
    }

    private void SweepExpired()
    {
        var now = Environment.TickCount64;
        foreach (var (key, copy) in _copies)
        {
            if (copy.Until <= now)
            {
                _copies.TryRemove(key, out _);
            }
        }
    }

    private sealed record Copy(object? Value, long Until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Near cache not listening for invalidations (Redis unreachable): copies unused")]
    private partial void LogNotListening(Exception exception);
}
