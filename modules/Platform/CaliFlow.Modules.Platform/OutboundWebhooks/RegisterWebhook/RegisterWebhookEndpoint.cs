using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.RegisterWebhook;

internal sealed class RegisterWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/webhooks", async (
                RegisterWebhookCommand command,
                ICurrentUser user,
                IPasswordConfirmation password,
                ISender sender,
                CancellationToken cancellationToken) =>
            {
                // Users checks the password (and counts a wrong one) in its own short transaction, before this command's.
                if (await password.ConfirmAsync(user.Id, command.CurrentPassword, "register a webhook", cancellationToken) is { } refused)
                {
                    return refused.ToProblem();
                }

                return (await sender.Send(command with { UserId = user.Id }, cancellationToken))
                    .ToHttpResult(r => TypedResults.Created($"/webhooks/{r.Id}/deliveries", r));
            })
            .WithTags(PlatformRoutes.WebhooksTag)
            .WithSummary("Register an HTTPS endpoint for events, confirmed with the current password; the signing secret is in this answer only.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<RegisteredWebhook>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
