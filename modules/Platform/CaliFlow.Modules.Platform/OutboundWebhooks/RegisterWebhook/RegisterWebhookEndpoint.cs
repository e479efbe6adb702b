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
                    .ToHttpResult(r => TypedResults.Created($"{ApiPrefix.V1}/webhooks/{r.Id}/deliveries", r));
            })
            .WithTags(PlatformRoutes.WebhooksTag)
            .WithSummary("Register an HTTPS endpoint for events, confirmed with the current password; the signing secret is in this answer only.")
            .WithDescription(
                "A wrong currentPassword answers 400 on that field and counts as a failed sign-in (repeated ones give 429), and calls " +
                "are limited per client address (10 a minute by default). The url must be https and resolve only to public addresses, " +
                "and events any of workout.completed, achievement.unlocked and subscription.changed (400 otherwise); past 10 endpoints " +
                "per account (by default) it answers 409. Each event is then POSTed as JSON, signed with the secret in the " +
                "CaliFlow-Signature header, and retried with backoff until a 2xx answer, up to 8 attempts by default.")
            .RequireAuthorization()
            .RequireRateLimiting(RateLimitPolicies.Auth)
            .Produces<RegisteredWebhook>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
}
