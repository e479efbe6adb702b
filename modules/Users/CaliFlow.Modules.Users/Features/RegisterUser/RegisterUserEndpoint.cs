using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.RegisterUser;

internal sealed class RegisterUserEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/auth/register", async (RegisterUserCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command, cancellationToken)).ToHttpResult(accepted => TypedResults.Accepted((string?)null, accepted)))
            .WithTags(UsersRoutes.AuthTag)
            .WithSummary("Create an account (email + password); the same 202 whether or not the address is taken, and a mail follows.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<RegistrationAcceptedResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
}
