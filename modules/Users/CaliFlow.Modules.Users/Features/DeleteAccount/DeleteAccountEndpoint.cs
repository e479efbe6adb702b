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
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
