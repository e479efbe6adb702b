using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaliFlow.Api;

/// <summary>
/// Readiness as JSON: the overall status and each dependency's, so an operator sees which one is degraded. Anyone can call it,
/// so it never shows why a check failed (exception text names hosts and ports); the health check service logs that.
/// </summary>
internal static class HealthReportWriter
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json";
        var body = new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => new { status = e.Value.Status.ToString() }),
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
