using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.Logout;

internal sealed class LogoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/auth/logout", async (LogoutCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(UsersRoutes.AuthTag)
            .WithSummary("Sign out: revokes the session of the given refresh token.")
            .WithDescription(
                "Send { refreshToken } with an access token of the same account; that session's refresh and access tokens stop working " +
                "at once, and other sessions stay signed in. It answers 204 also for an unknown, already revoked or foreign token, so " +
                "repeating the call is harmless.")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
}
