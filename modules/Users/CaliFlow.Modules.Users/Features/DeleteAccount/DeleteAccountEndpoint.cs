using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.DeleteAccount;

internal sealed class DeleteAccountEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/me", async ([FromBody] DeleteAccountCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("Delete the account, confirmed with the current password (soft delete: every session ends, data is kept until the purge).")
            .WithDescription(
                "Send currentPassword in the JSON body of the DELETE; a wrong one answers 400 on that field and counts as a failed " +
                "sign-in, so after five failures further tries answer 429 with Retry-After, as does the per-client rate limit. On " +
                "success the account can no longer sign in and its access and refresh tokens stop working at once; the purge follows " +
                "after a grace period (30 days by default).")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
