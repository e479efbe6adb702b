using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.AbandonLiveWorkout;

internal sealed class AbandonLiveWorkoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/live/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new AbandonLiveWorkoutCommand(user.Id, id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Abandon a live workout: it and its sets are deleted and no log is written.")
            .WithDescription("A finished workout answers 409 (delete its log instead); another user's, or an unknown one, 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
