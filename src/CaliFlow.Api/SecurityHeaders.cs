namespace CaliFlow.Api;

/// <summary>
/// Headers every response carries so a browser treats API answers as data: no content sniffing, no framing, no referrer, and
/// a content security policy that lets nothing load. The few HTML pages (API docs, the sandbox checkout) get a policy that
/// allows their own scripts and styles only. The web app under /app (its pages, scripts and service worker) may load and
/// fetch from this origin only, with no inline script or style, and show the API's SVG charts as blobs.
/// </summary>
internal static class SecurityHeaders
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'";
    private const string PagePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self' data:; frame-ancestors 'none'; form-action 'self'";

    private const string AppPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob: data:; connect-src 'self'; " +
        "worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(SetHeaders, context); // static callback and state: nothing allocated per request
        return next(context);
    });

    private static Task SetHeaders(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        var isPage = context.Response.ContentType?.StartsWith("text/html", StringComparison.OrdinalIgnoreCase) == true ||
                     context.Request.Path.StartsWithSegments("/docs");
        headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(WebApp.Path) ? AppPolicy
            : isPage ? PagePolicy
            : ApiPolicy;
        return Task.CompletedTask;
    }
}
