using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// The RateLimit-Policy and RateLimit fields of the IETF draft (draft-ietf-httpapi-ratelimit-headers) on every answer of a
/// rate-limited route, refusals included: <c>RateLimit-Policy: "sync";q=120;w=3600</c> names the quota and its window in
/// seconds, <c>RateLimit: "sync";r=117;t=2400</c> what is left of it and the seconds until it renews.
/// </summary>
public static class RateLimitHeaders
{
    public const string Policy = "RateLimit-Policy";
    public const string Current = "RateLimit";

    /// <remarks>
    /// Written as the answer starts, not now: an answer made by the exception handler (a 400 for a body that fails validation)
    /// clears the headers set before it, but not the callbacks that run when the answer starts.
    /// </remarks>
    public static void Write(HttpContext? http, string policy, int limit, TimeSpan window, long remaining, TimeSpan untilReset)
    {
        if (http is null || http.Response.HasStarted)
        {
            return;
        }

        var quota = string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";q={limit};w={(long)window.TotalSeconds}");
        var left = string.Create(
            CultureInfo.InvariantCulture, $"\"{policy}\";r={Math.Max(remaining, 0)};t={(long)Math.Ceiling(untilReset.TotalSeconds)}");
        http.Response.OnStarting(() =>
        {
            http.Response.Headers[Policy] = quota;
            http.Response.Headers[Current] = left;
            return Task.CompletedTask;
        });
    }
}
