using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.GetHealthConnectSession;

internal sealed class GetHealthConnectSessionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/workout-logs/{id:guid}/health-connect", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetHealthConnectSessionQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgressRoutes.HealthPlatformsTag)
            .WithSummary("One of your workout logs as an Android Health Connect ExerciseSessionRecord, ready to insert.")
            .WithDescription(
                "Session type calisthenics (13), one segment per set with its Jetpack segment type, repetitions, set index, added " +
                "weight and RPE. Each set ends when the live workout recorded it, or else at the end of an equal share of the " +
                "session, and starts its hold's seconds (three seconds a rep) earlier. metadata.clientRecordId is stable, so " +
                "inserting again after an edit replaces the record. A log without startedAt answers 409; another user's log 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<HealthConnectSessionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
