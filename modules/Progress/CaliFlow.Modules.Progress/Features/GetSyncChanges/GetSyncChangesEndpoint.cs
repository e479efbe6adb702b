using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetSyncChanges;

internal sealed class GetSyncChangesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/sync/changes", async (string? since, int? limit, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetSyncChangesQuery(user.Id, since, limit ?? GetSyncChangesQuery.DefaultLimit), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Everything of yours changed since a cursor (logs, metrics, photos, deletions), for a device to catch up.")
            .RequireAuthorization()
            .Produces<SyncChanges>()
            .ProducesValidationProblem();
}
