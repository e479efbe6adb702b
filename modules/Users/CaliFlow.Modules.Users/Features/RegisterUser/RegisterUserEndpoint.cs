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
            .WithDescription(
                "Anonymous and rate-limited per client address (429 with Retry-After). The password must be 10 to 128 characters with a " +
                "letter and a digit, not the email and not on the leaked-password list, else 400 with field errors. A new account can " +
                "sign in at once and gets a verification link that works for 48 hours; for a taken address the owner is mailed instead " +
                "and nothing changes.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<RegistrationAcceptedResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
}
