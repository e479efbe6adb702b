using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.ResendVerification;

internal sealed class ResendVerificationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/auth/verify-email/resend", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ResendVerificationCommand(user.Id), cancellationToken)).ToHttpResult(_ => TypedResults.Accepted((string?)null)))
            .WithTags(UsersRoutes.AuthTag)
            .WithSummary("Mail a new verification link to the signed-in account's address; earlier links stop working.")
            .WithDescription(
                "Answers 409 when the address is already verified; the new link works for 48 hours. An address gets at most five " +
                "account mails an hour: beyond that the request still answers 202 but sends nothing, and the link already sent keeps " +
                "working. Rate-limited per client address (429 with Retry-After).")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
