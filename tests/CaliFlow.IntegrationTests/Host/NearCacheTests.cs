using System.Net;
using System.Net.Http.Json;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Shouldly;
using StackExchange.Redis;

namespace CaliFlow.IntegrationTests.Host;

/// <summary>
/// In-process copies (the session check's) are fast only if they are also never stale: dropped on every instance when any
/// instance invalidates them, never kept from a read that raced an invalidation, and unused while invalidations cannot arrive.
/// </summary>
public sealed class NearCacheTests
{
    private const string Prefix = "test:near:";
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_copy_answers_until_it_is_dropped()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        using var near = await ListeningAsync(redis);
        var key = Key();
        var reads = 0;

        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(1);
        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(1);
        near.Drop([key]);
        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(2);
    }

    [Fact]
    public async Task A_read_that_an_invalidation_overtook_is_not_kept()
    {
        await using var redis = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        using var near = await ListeningAsync(redis);
        var key = Key();
        var reads = 0;

        // The value was read before the invalidation landed: it may be the old one, so it must not become the copy.
        (await near.GetOrReadAsync(key, 0, _ =>
        {
            near.Drop([key]);
            return new ValueTask<int>(++reads);
        })).ShouldBe(1);
        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(2);
    }

    [Fact]
    public async Task A_published_invalidation_drops_the_copy_on_every_instance()
    {
        await using var redisA = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        await using var redisB = await ConnectionMultiplexer.ConnectAsync(TestServices.Redis);
        using var a = await ListeningAsync(redisA);
        using var b = await ListeningAsync(redisB);
        var key = Key();
        var value = "old";
        (await b.GetOrReadAsync(key, 0, _ => new ValueTask<string>(value))).ShouldBe("old");
        value = "new";
        (await b.GetOrReadAsync(key, 0, _ => new ValueTask<string>(value))).ShouldBe("old"); // B's copy

        a.Drop([key]);
        await a.PublishAsync([key]);

        await Eventually(async () => await b.GetOrReadAsync(key, 0, _ => new ValueTask<string>(value)) == "new");
    }

    [Fact]
    public async Task Copies_go_unused_while_the_subscription_is_down_and_come_back_with_it()
    {
        await using var server = await PrivateRedis.StartAsync();
        var options = ConfigurationOptions.Parse(server.ConnectionString);
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        options.ConnectRetry = 1;
        await using var redis = await ConnectionMultiplexer.ConnectAsync(options);
        using var near = await ListeningAsync(redis);
        var key = Key();
        var reads = 0;
        await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads));
        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(1);

        await server.StopAsync();
        await Eventually(() => Task.FromResult(!near.Listening));
        // Invalidations published now would be lost: every read asks again, and none is kept.
        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(2);
        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(3);

        await server.StartAgainAsync();
        await Eventually(() => Task.FromResult(near.Listening), seconds: 20);
        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(4);
        (await near.GetOrReadAsync(key, 0, _ => new ValueTask<int>(++reads))).ShouldBe(4);
    }

    [Fact]
    public async Task A_session_signed_out_through_one_instance_is_refused_by_another_that_held_its_copy()
    {
        await using var first = new CaliFlowApp();
        await first.InitializeAsync();
        await using var second = new CaliFlowApp(database: first.Database, dropDatabaseOnDispose: false);
        await second.InitializeAsync();
        await Eventually(() => Task.FromResult(second.Services.GetRequiredService<NearCache>().Listening));
        var user = await first.CreateUserAsync();
        var tokens = await first.LoginAsync(user.Email, user.Password);
        var onSecond = second.Authorized(tokens.AccessToken);
        (await onSecond.GetAsync("/v1/me", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK); // the second instance now holds a copy

        (await first.Authorized(tokens.AccessToken).PostAsJsonAsync("/v1/auth/logout", new { refreshToken = tokens.RefreshToken }, _ct))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        // Within moments, not the copy's minute.
        await Eventually(async () => (await onSecond.GetAsync("/v1/me", _ct)).StatusCode == HttpStatusCode.Unauthorized, seconds: 2);
    }

    private static string Key() => $"{Prefix}{Guid.NewGuid()}";

    private static async Task<NearCache> ListeningAsync(IConnectionMultiplexer redis)
    {
        var options = new NearCacheOptions();
        options.Prefixes.Add(Prefix);
        var near = new NearCache(redis, Options.Create(options), NullLogger<NearCache>.Instance);
        await near.StartAsync(CancellationToken.None);
        await Eventually(() => Task.FromResult(near.Listening));
        return near;
    }

    private static async Task Eventually(Func<Task<bool>> condition, int seconds = 5)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new ShouldAssertException($"The condition was not met within {seconds} s.");
    }
}
