using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CaliFlow.Api;

/// <summary>
/// The web app (web/, built by Vite into static files) served under /app from the API's own origin, so it needs no CORS.
/// Its files are public: everything it shows comes from the API under the user's token. Not served when the folder is
/// missing (an API-only deployment).
/// </summary>
internal static partial class WebApp
{
    public const string Path = "/app";

    public static void UseWebApp(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<WebAppOptions>>().Value;
        var folder = System.IO.Path.GetFullPath(options.Folder, app.Environment.ContentRootPath);
        if (!File.Exists(System.IO.Path.Combine(folder, "index.html")))
        {
            NotServed(app.Logger, folder);
            return;
        }

        var files = new PhysicalFileProvider(folder);
        app.Use((context, next) =>
        {
            if (context.Request.Path.Value == Path) // relative addresses in the page need the folder's trailing slash
            {
                context.Response.Redirect($"{Path}/");
                return Task.CompletedTask;
            }

            return next(context);
        });
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files, RequestPath = Path });
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            OnPrepareResponse = context => context.Context.Response.Headers.CacheControl =
                // Vite names every asset by its content's hash, so an asset never changes; the page, the service worker and
                // the manifest name the current ones and are asked for again each time.
                context.Context.Request.Path.StartsWithSegments($"{Path}/assets")
                    ? "public, max-age=31536000, immutable"
                    : CacheControlHeaderValue.NoCacheString,
        });
        app.Use((context, next) =>
        {
            // Nothing else lives under /app: a file the app does not have is a plain 404, not the API's 401.
            if (context.Request.Path.StartsWithSegments(Path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return Task.CompletedTask;
            }

            return next(context);
        });
    }

    [LoggerMessage(LogLevel.Information, "The web app is not served: {Folder} has no index.html (cd web && npm run build)")]
    private static partial void NotServed(ILogger logger, string folder);
}

internal sealed class WebAppOptions
{
    public const string Section = "WebApp";

    /// <summary>The built app's folder, relative to the content root (src/CaliFlow.Api when run from the repository).</summary>
    public string Folder { get; set; } = "../../web/dist";
}
