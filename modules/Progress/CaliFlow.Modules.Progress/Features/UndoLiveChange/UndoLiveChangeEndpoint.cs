using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.UndoLiveChange;

internal sealed class UndoLiveChangeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/live/{id:guid}/changes/{exercise:maxlength(80)}", async (
                    Guid id, string exercise, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new UndoLiveChangeCommand(user.Id, id, exercise), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Take back a swap, skip or addition: the exercise is back as the session prescribes it.")
            .WithDescription("An exercise without a change answers 404, as does another user's workout; a finished one 409.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
