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
            .WithSummary("Everything of yours changed since a cursor (logs, metrics, photos, live workouts, deletions), for a device to catch up.")
            .WithDescription(
                "Start without since, then send the last nextCursor as since (store it even when nothing changed) and " +
                "ask again at once while hasMore is true; deleted logs, photos and abandoned live workouts come as ids in " +
                "deletedWorkoutLogs, deletedPhotos and deletedLiveWorkouts. A page holds 1 to 500 changes (limit, default " +
                "200), and a change shows up only once it is a minute old. A since value this API did not issue answers 400: " +
                "sync again from the start.")
            .RequireAuthorization()
            .Produces<SyncChanges>()
            .ProducesValidationProblem();
}
