using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.Caching.StackExchangeRedis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Caching;

public static class CachingRegistration
{
    public const string DefaultRedis = "127.0.0.1:56379";

    /// <summary>
    /// HybridCache with Redis as the shared tier. Redis is optional at run time: the connection is made in the background and
    /// commands fail fast while it is down, so a read falls through to PostgreSQL instead of waiting.
    /// </summary>
    public static IServiceCollection AddCaliFlowCaching(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<IConnectionMultiplexer>(_ =>
        {
            var redis = ConfigurationOptions.Parse(configuration.GetConnectionString("Redis") ?? DefaultRedis);
            redis.AbortOnConnectFail = false;
            redis.BacklogPolicy = BacklogPolicy.FailFast;
            redis.ConnectTimeout = 2000;
            redis.AsyncTimeout = 1000;
            redis.SyncTimeout = 1000;
            return ConnectionMultiplexer.Connect(redis);
        });
        services.AddStackExchangeRedisCache(_ => { });
        services.AddSingleton<DeferredInvalidations>();
        services.Replace(ServiceDescriptor.Singleton<IDistributedCache>(provider => new DeferredAwareDistributedCache(
            new RedisCache(provider.GetRequiredService<IOptions<RedisCacheOptions>>()), provider.GetRequiredService<DeferredInvalidations>())));
        services.AddOptions<RedisCacheOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            options.InstanceName = RedisBytes.KeyPrefix;
            options.ConnectionMultiplexerFactory =
                () => Task.FromResult(provider.GetRequiredService<IConnectionMultiplexer>());
        });

        services.AddOptions<NearCacheOptions>();
        services.AddSingleton<NearCache>();
        services.AddHostedService(sp => sp.GetRequiredService<NearCache>());
        services.AddSingleton<RedisBytes>();
        services.AddScoped<CacheInvalidation>();
        services.AddOptions<CacheInvalidationOptions>().BindConfiguration("Caching:Invalidation");
        services.AddHostedService<PendingCacheInvalidations>();
        services.AddHybridCache(options =>
        {
            options.DefaultEntryOptions = new HybridCacheEntryOptions
            {
                Expiration = TimeSpan.FromHours(1),
                // Several API instances share Redis; an in-process copy could outlive an invalidation made by another
                // instance, so entries live in Redis only unless a caller opts in for data that never changes per user.
                Flags = HybridCacheEntryFlags.DisableLocalCache,
            };
        });
        return services;
    }
}
