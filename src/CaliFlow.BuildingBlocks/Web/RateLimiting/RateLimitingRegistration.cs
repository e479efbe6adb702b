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
        RateLimitPolicies.DataExport,
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

            // Every request made with a personal access token also counts against its token's own limit.
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.User.FindFirstValue(CaliFlowClaims.AccessToken) is { } tokenId
                    ? Partition(context, RateLimitPolicies.AccessToken, $"{RateLimitPolicies.AccessToken}:{tokenId}",
                        options => (options.PerToken.PermitLimit, options.PerToken.Window))
                    : RateLimitPartition.GetNoLimiter(""));
            o.OnRejected = async (context, _) =>
            {
                var retryAfter = RetryAfter(context.Lease);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                await TypedResults.Problem(
                        statusCode: StatusCodes.Status429TooManyRequests,
                        title: "Too many requests.",
                        detail: $"Slow down and try again in {Math.Ceiling(retryAfter.TotalSeconds)} s.")
                    .ExecuteAsync(context.HttpContext);
            };
        });
        return services;
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
