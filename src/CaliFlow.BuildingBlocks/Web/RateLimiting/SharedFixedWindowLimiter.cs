using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// A fixed window counted in Redis, so every API instance draws on the same budget. Redis is a cache here, not a dependency:
/// while it is unreachable the same window is counted in this instance instead (the limit then holds per instance, which is
/// looser but never an outage). Each answer tells the caller where it stands (<see cref="RateLimitHeaders"/>).
/// </summary>
internal sealed class SharedFixedWindowLimiter(
    string policy, string key, int permitLimit, TimeSpan window, IConnectionMultiplexer redis, IHttpContextAccessor http) : RateLimiter
{
    private readonly RedisFixedWindowRateLimiter<string> _shared = new(key, new RedisFixedWindowRateLimiterOptions
    {
        PermitLimit = permitLimit,
        Window = window,
        ConnectionMultiplexerFactory = () => redis,
    });

    private readonly FixedWindowRateLimiter _local = new(new FixedWindowRateLimiterOptions
    {
        PermitLimit = permitLimit,
        Window = window,
        QueueLimit = 0,
    });

    public override TimeSpan? IdleDuration => _local.IdleDuration;

    public override RateLimiterStatistics? GetStatistics() => _local.GetStatistics();

    // The middleware tries the synchronous path first and falls back to the asynchronous one only when refused; only the
    // asynchronous path can ask Redis, so the synchronous one always refuses.
    protected override RateLimitLease AttemptAcquireCore(int permitCount) => NotYet.Instance;

    protected override async ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken)
    {
        if (redis.IsConnected)
        {
            try
            {
                var shared = await _shared.AcquireAsync(permitCount, cancellationToken);
                var remaining = shared.TryGetMetadata(RateLimitMetadataName.Remaining, out var left) ? left : 0;
                RateLimitHeaders.Write(http.HttpContext, policy, permitLimit, window, remaining, UntilReset(shared));
                return shared;
            }
            catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
            {
                // Unreachable or too slow to answer (a timeout is not a RedisException): fall through to the local count.
            }
        }

        var local = await _local.AcquireAsync(permitCount, cancellationToken);
        // The in-process window's end is not exposed: the whole window is the bound a client can rely on.
        RateLimitHeaders.Write(http.HttpContext, policy, permitLimit, window, _local.GetStatistics()?.CurrentAvailablePermits ?? 0, window);
        return local;
    }

    // The shared lease says when its window ends as a Unix time; a refusal also says how long to wait.
    private TimeSpan UntilReset(RateLimitLease lease)
    {
        if (lease.TryGetMetadata(RateLimitMetadataName.RetryAfter, out var retryAfter) && retryAfter > 0)
        {
            return TimeSpan.FromSeconds(retryAfter);
        }

        if (!lease.TryGetMetadata(RateLimitMetadataName.Reset, out var expiresAt))
        {
            return window;
        }

        var end = expiresAt > 100_000_000_000 ? DateTimeOffset.FromUnixTimeMilliseconds(expiresAt) : DateTimeOffset.FromUnixTimeSeconds(expiresAt);
        var left = end - DateTimeOffset.UtcNow;
        return left < TimeSpan.Zero ? TimeSpan.Zero : left > window ? window : left;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _shared.Dispose();
            _local.Dispose();
        }

        base.Dispose(disposing);
    }

    private sealed class NotYet : RateLimitLease
    {
        public static readonly NotYet Instance = new();

        public override bool IsAcquired => false;

        public override IEnumerable<string> MetadataNames => [];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = null;
            return false;
        }
    }
}
