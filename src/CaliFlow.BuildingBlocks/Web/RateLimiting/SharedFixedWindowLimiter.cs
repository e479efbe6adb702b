using System.Threading.RateLimiting;
using RedisRateLimiting;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// A fixed window counted in Redis, so every API instance draws on the same budget. Redis is a cache here, not a dependency:
/// while it is unreachable the same window is counted in this instance instead (the limit then holds per instance, which is
/// looser but never an outage).
/// </summary>
internal sealed class SharedFixedWindowLimiter(string key, int permitLimit, TimeSpan window, IConnectionMultiplexer redis) : RateLimiter
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
                return await _shared.AcquireAsync(permitCount, cancellationToken);
            }
            catch (RedisException)
            {
                // fall through to the local count
            }
        }

        return await _local.AcquireAsync(permitCount, cancellationToken);
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
