using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.RevokeAccessToken;

internal sealed class RevokeAccessTokenEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/me/tokens/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RevokeAccessTokenCommand(user.Id, id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("Revoke a personal access token: it stops working at once, on every instance.")
            .WithDescription("An id that is not one of the caller's tokens answers 404. Signing out everywhere (a password reset, deleting the account) revokes every token too.")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
