using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.ForgotPassword;

internal sealed class ForgotPasswordEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/auth/forgot-password", async (ForgotPasswordCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command, cancellationToken)).ToHttpResult(accepted => TypedResults.Accepted((string?)null, accepted)))
            .WithTags(UsersRoutes.AuthTag)
            .WithSummary("Mail a password-reset link to the address if it has an account; the same 202 either way.")
            .WithDescription(
                "Anonymous and rate-limited per client address (429 with Retry-After); only a malformed email answers 400. The mail " +
                "gives a token for POST /auth/reset-password, in a link to the app and as a code, and spends any earlier reset link. An " +
                "address gets at most five account mails an hour: further requests still answer 202 but send nothing.")
            .AllowAnonymous()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<ForgotPasswordResponse>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem();
}
