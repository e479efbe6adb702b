using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.ChangePassword;

internal sealed class ChangePasswordEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/me/password", async (ChangePasswordCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, SessionId = user.SessionId }, cancellationToken))
                .ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("Change the password; every other signed-in session is revoked.")
            .WithDescription(
                "Send currentPassword and newPassword (10 to 128 characters with a letter and a digit, not on the leaked-password list, " +
                "different from the current one); a broken rule answers 400 on that field. A wrong current password answers 400 on " +
                "currentPassword and counts as a failed sign-in, so after five failures further tries answer 429 with Retry-After, as " +
                "does the per-client rate limit. The session that makes the call stays signed in.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
}
