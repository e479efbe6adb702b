using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace CaliFlow.BuildingBlocks.Web;

public static class RateLimitingRegistration
{
    private static readonly string[] PerUserPolicies =
    [
        RateLimitPolicies.PhotoUpload, RateLimitPolicies.Sync, RateLimitPolicies.Coach, RateLimitPolicies.MealPlans,
        RateLimitPolicies.DataExport, RateLimitPolicies.Imports,
    ];

    /// <summary>
    /// The named policies of <see cref="RateLimitPolicies"/>, counted in Redis across instances (<see cref="SharedFixedWindowLimiter"/>).
    /// A refusal is a 429 problem with Retry-After. Client addresses are the ones the forwarded-headers middleware settled on,
    /// which trusts only configured proxies.
    /// </summary>
    public static IServiceCollection AddCaliFlowRateLimiting(this IServiceCollection services)
    {
        services.AddOptions<RateLimitingOptions>().BindConfiguration(RateLimitingOptions.Section);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(RateLimitPolicies.Auth, context => Partition(
                context, RateLimitPolicies.Auth, $"{RateLimitPolicies.Auth}:{ClientPartition.For(context.Connection.RemoteIpAddress)}",
                options => (options.AuthPermitsPerMinute, TimeSpan.FromMinutes(1))));
            foreach (var policy in PerUserPolicies)
            {
                // Anonymous callers never reach these routes (they require a user), but a missing id must not share one bucket.
                o.AddPolicy(policy, context => Partition(
                    context, policy, $"{policy}:{context.User.FindFirstValue(CaliFlowClaims.Subject) ?? ClientPartition.For(context.Connection.RemoteIpAddress)}",
                    options => (options.PerUser[policy].PermitLimit, options.PerUser[policy].Window)));
            }

            o.OnRejected = (context, _) => new ValueTask(RejectAsync(context.HttpContext, context.Lease));
        });
        // Every request made with a personal access token also counts against its token's own limit, whatever the route. Asked
        // by the host only for such requests: a global limiter would cost every other request a partition lookup.
        services.AddSingleton(new AccessTokenRateLimiter(PartitionedRateLimiter.Create<HttpContext, string>(context => Partition(
            context, RateLimitPolicies.AccessToken, $"{RateLimitPolicies.AccessToken}:{context.User.FindFirstValue(CaliFlowClaims.AccessToken)}",
            options => (options.PerToken.PermitLimit, options.PerToken.Window)))));
        return services;
    }

    /// <summary>The 429 problem with Retry-After that every refusal answers.</summary>
    public static async Task RejectAsync(HttpContext context, RateLimitLease lease)
    {
        var retryAfter = RetryAfter(lease);
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        await TypedResults.Problem(
                statusCode: StatusCodes.Status429TooManyRequests,
                title: "Too many requests.",
                detail: $"Slow down and try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.")
            .ExecuteAsync(context);
    }

    private static RateLimitPartition<string> Partition(
        HttpContext context, string policy, string key, Func<RateLimitingOptions, (int PermitLimit, TimeSpan Window)> size)
    {
        var (permitLimit, window) = size(context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value);
        var redis = context.RequestServices.GetRequiredService<IConnectionMultiplexer>();
        var http = context.RequestServices.GetRequiredService<IHttpContextAccessor>();
        return RateLimitPartition.Get($"califlow:{key}", k => new SharedFixedWindowLimiter(policy, k, permitLimit, window, redis, http));
    }

    // The Redis limiter reports whole seconds as an int, the in-process one a TimeSpan; a refusal always says when to come back.
    private static TimeSpan RetryAfter(RateLimitLease lease) =>
        lease.TryGetMetadata(MetadataName.RetryAfter.Name, out var raw) && raw switch
        {
            TimeSpan span => span,
            int seconds => TimeSpan.FromSeconds(seconds),
            _ => TimeSpan.Zero,
        } is { } wait && wait > TimeSpan.Zero
            ? wait
            : TimeSpan.FromSeconds(1);
}

/// <summary>The per-token limit (<see cref="RateLimitingOptions.PerToken"/>), counted in Redis like the others.</summary>
public sealed class AccessTokenRateLimiter(PartitionedRateLimiter<HttpContext> limiter)
{
    public ValueTask<RateLimitLease> AcquireAsync(HttpContext context) => limiter.AcquireAsync(context, 1, context.RequestAborted);
}
