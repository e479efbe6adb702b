using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.VerifyEmail;

internal sealed class VerifyEmailEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/auth/verify-email", async (VerifyEmailCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(UsersRoutes.AuthTag)
            .WithSummary("Confirm the account's email address with the token from the verification mail (once, within 48 hours).")
            .WithDescription(
                "Anonymous and rate-limited per client address (429 with Retry-After); send { token } from the link or the code in the " +
                "mail. A used, replaced or expired token answers 400 on token: a signed-in user can ask for a new link with POST " +
                "/auth/verify-email/resend. Afterwards GET /me shows emailVerified as true.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem();
}
