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

    public static void Write(HttpContext? http, string policy, int limit, TimeSpan window, long remaining, TimeSpan untilReset)
    {
        if (http is null || http.Response.HasStarted)
        {
            return;
        }

        http.Response.Headers[Policy] = string.Create(CultureInfo.InvariantCulture, $"\"{policy}\";q={limit};w={(long)window.TotalSeconds}");
        http.Response.Headers[Current] = string.Create(
            CultureInfo.InvariantCulture, $"\"{policy}\";r={Math.Max(remaining, 0)};t={(long)Math.Ceiling(untilReset.TotalSeconds)}");
    }
}
