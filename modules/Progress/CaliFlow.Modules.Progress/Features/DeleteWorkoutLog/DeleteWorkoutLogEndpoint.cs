using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.DeleteWorkoutLog;

internal sealed class DeleteWorkoutLogEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/workout-logs/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DeleteWorkoutLogCommand(user.Id, id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ProgressRoutes.LogsTag)
            .WithSummary("Delete one of your workout logs.")
            .WithDescription(
                "Your stats are recomputed at once, and other devices learn of the deletion from GET /sync/changes (deletedWorkoutLogs); " +
                "achievement progress and a planned session it completed are not undone. Another user's log, or one already deleted, answers 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
