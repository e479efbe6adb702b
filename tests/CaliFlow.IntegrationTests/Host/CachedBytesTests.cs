using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;
using Shouldly;
using StackExchange.Redis;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// Cached response bytes (today's workout, stats) never outlive a change: a value computed from before a change is not stored
/// after the change removed the entry, however late its store arrives.
/// </summary>
public sealed class CachedBytesTests
{
    [Fact]
    public async Task A_value_computed_before_an_invalidation_is_not_stored_after_it()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        var cache = new RedisBytes(redis, new DeferredInvalidations(), NullLogger<RedisBytes>.Instance);
        var key = $"test:bytes:{Guid.NewGuid()}";

        var stamp = await cache.StampAsync(key); // a miss, before reading the old state from PostgreSQL
        await RedisBytes.InvalidateAsync(redis.GetDatabase(), [key]); // the change commits and removes the entry
        await cache.SetAsync(key, stamp, "old"u8.ToArray(), TimeSpan.FromMinutes(1)); // the slow read's store arrives

        (await cache.GetAsync(key)).ShouldBeNull();
    }

    [Fact]
    public async Task A_value_computed_after_the_last_invalidation_is_stored()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        var cache = new RedisBytes(redis, new DeferredInvalidations(), NullLogger<RedisBytes>.Instance);
        var key = $"test:bytes:{Guid.NewGuid()}";
        await RedisBytes.InvalidateAsync(redis.GetDatabase(), [key]);

        var stamp = await cache.StampAsync(key);
        await cache.SetAsync(key, stamp, "new"u8.ToArray(), TimeSpan.FromMinutes(1));

        (await cache.GetAsync(key)).ShouldBe("new"u8.ToArray());
        (await redis.GetDatabase().KeyTimeToLiveAsync(RedisBytes.KeyPrefix + key))!.Value.ShouldBeInRange(TimeSpan.FromSeconds(50), TimeSpan.FromMinutes(1));
        await RedisBytes.InvalidateAsync(redis.GetDatabase(), [key]);
        (await cache.GetAsync(key)).ShouldBeNull();
    }
}
