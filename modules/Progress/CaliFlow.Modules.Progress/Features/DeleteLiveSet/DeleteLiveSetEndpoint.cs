using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Progress.Features.DeleteLiveSet;

internal sealed class DeleteLiveSetEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/live/{id:guid}/sets/{setId:guid}", async (Guid id, Guid setId, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DeleteLiveSetCommand(user.Id, id, setId), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(ProgressRoutes.LiveTag)
            .WithSummary("Remove a set recorded by mistake from a live workout.")
            .WithDescription("A finished workout answers 409 (edit its log instead); an unknown set, or another user's workout, 404.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsWrite)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
