using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Privacy.ExportMyData;

internal sealed class ExportMyDataEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/me/export", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
            {
                var export = await sender.Send(new ExportMyDataQuery(user.Id), cancellationToken);
                if (export.IsSuccess)
                {
                    // Recorded before the data goes out: if the fact is not stored, the data is not sent.
                    var recorded = await sender.Send(new RecordDataExportCommand(user.Id, [.. export.Value.Sections.Keys]), cancellationToken);
                    if (!recorded.IsSuccess)
                    {
                        return recorded.ToHttpResult(_ => Results.Empty);
                    }
                }

                return export.ToHttpResult(data => TypedResults.File(
                    JsonSerializer.SerializeToUtf8Bytes(data, JsonDefaults.Options),
                    "application/json",
                    $"califlow-export-{data.ExportedAt:yyyyMMdd-HHmmss}.json"));
            })
            .WithTags(PlatformRoutes.PrivacyTag)
            .WithSummary("Everything CaliFlow keeps about the caller, from every module, as one JSON download.")
            .WithDescription(
                "Answers a file download (califlow-export-yyyyMMdd-HHmmss.json, UTC) with one section per module, and each export is " +
                "recorded in the audit log. Limited per user (5 an hour by default); beyond that it answers 429 with Retry-After.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.DataExport)
            .Produces<PersonalDataExport>(contentType: "application/json");
}
