using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CaliFlow.Modules.Progress.Charts;

internal static class SvgResults
{
    public const string ContentType = "image/svg+xml; charset=utf-8";

    /// <summary>
    /// A chart as a picture. The policy stops any script in an SVG opened straight from the API (there is none, but the chart
    /// carries user-named series); private and revalidated because it changes with every log.
    /// </summary>
    public static IResult Svg(HttpResponse response, string svg)
    {
        response.Headers.CacheControl = "private, no-cache";
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'";
        response.Headers[HeaderNames.XContentTypeOptions] = "nosniff";
        return TypedResults.Text(svg, ContentType);
    }
}
