using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.ResetPassword;

internal sealed class ResetPasswordEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/auth/reset-password", async (ResetPasswordCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(UsersRoutes.AuthTag)
            .WithSummary("Choose a new password with the token from the reset mail (once, within 30 minutes); every session is signed out.")
            .WithDescription(
                "Anonymous; send token and newPassword (10 to 128 characters with a letter and a digit, not the email, not on the " +
                "leaked-password list). A used, replaced or expired token answers 400 on token: ask for a new link. Success also marks " +
                "the email address as verified; rate-limited per client address (429 with Retry-After).")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
}
