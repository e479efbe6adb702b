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
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
