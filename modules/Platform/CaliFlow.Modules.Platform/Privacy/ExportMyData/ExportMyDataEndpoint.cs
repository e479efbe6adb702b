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
                (await sender.Send(new ExportMyDataQuery(user.Id), cancellationToken)).ToHttpResult(export =>
                    TypedResults.File(
                        JsonSerializer.SerializeToUtf8Bytes(export, JsonDefaults.Options),
                        "application/json",
                        $"califlow-export-{export.ExportedAt:yyyyMMdd-HHmmss}.json")))
            .WithTags(PlatformRoutes.PrivacyTag)
            .WithSummary("Everything CaliFlow keeps about the caller, from every module, as one JSON download.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.DataExport)
            .Produces<PersonalDataExport>(contentType: "application/json");
}
