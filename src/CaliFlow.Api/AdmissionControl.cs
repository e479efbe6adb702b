using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace CaliFlow.Api;

/// <summary>
/// Admission control: at most <see cref="AdmissionOptions.ConcurrentRequests"/> requests are worked on at once; the rest wait
/// in arrival order, before authentication. Without it, an overloaded instance starts every request at once, each one's
/// continuations queue behind thousands of others for the two cores, and requests that hold a pooled PostgreSQL connection
/// hold it for seconds, until the pool runs out and everything needing the database fails at once (the first soak). A full
/// queue answers 503 with Retry-After, at once and without touching the database. Health checks are never queued, so a load
/// balancer sees a busy instance as alive.
/// </summary>
internal static class AdmissionControl
{
    public static IServiceCollection AddAdmissionControl(this IServiceCollection services)
    {
        services.AddOptions<AdmissionOptions>().BindConfiguration(AdmissionOptions.Section);
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<AdmissionOptions>>().Value;
            return new ConcurrencyLimiter(new ConcurrencyLimiterOptions
            {
                PermitLimit = options.ConcurrentRequests,
                QueueLimit = options.QueueLimit,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            });
        });
        return services;
    }

    public static IApplicationBuilder UseAdmissionControl(this IApplicationBuilder app)
    {
        var limiter = app.ApplicationServices.GetRequiredService<ConcurrencyLimiter>();
        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/health"))
            {
                await next(context);
                return;
            }

            using var lease = await limiter.AcquireAsync(1, context.RequestAborted);
            if (!lease.IsAcquired)
            {
                context.Response.Headers.RetryAfter = "1";
                await Results.Problem(
                    title: "The service is busy.",
                    detail: "Too many requests are waiting on this instance; send the same request again after Retry-After seconds.",
                    statusCode: StatusCodes.Status503ServiceUnavailable,
                    extensions: new Dictionary<string, object?> { ["code"] = "overloaded" }).ExecuteAsync(context);
                return;
            }

            await next(context);
        });
    }
}

internal sealed class AdmissionOptions
{
    public const string Section = "Admission";

    /// <summary>Requests worked on at once per instance: enough to keep the cores and the connection pool busy, no more.</summary>
    public int ConcurrentRequests { get; set; } = 64;

    /// <summary>Requests waiting beyond that; one more answers 503. Sized for ~1000 concurrent users on one instance.</summary>
    public int QueueLimit { get; set; } = 4096;
}
