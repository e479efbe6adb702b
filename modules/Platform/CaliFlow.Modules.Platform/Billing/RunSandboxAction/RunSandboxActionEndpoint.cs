using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Billing.RunSandboxAction;

internal sealed class RunSandboxActionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/billing/sandbox/subscriptions/{subscriptionId:guid}/{action}", async (
                    Guid subscriptionId, string action, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RunSandboxActionCommand(subscriptionId, action) { UserId = user.Id }, cancellationToken))
                .ToHttpResult(r => TypedResults.Accepted((string?)null, r)))
            .WithTags(PlatformRoutes.BillingTag)
            .WithSummary("Sandbox provider events on demand: renew, fail-renewal or refund; each arrives as a signed webhook.")
            .WithDescription(
                "Only for the caller's own sandbox subscriptions, where the sandbox is served (Development and tests unless enabled " +
                "elsewhere); any other id answers 404. The action is renew (the next period is paid), fail-renewal (the subscription " +
                "becomes past-due) or refund (premium ends at once), else 400; a refund with no payment left answers 409. The change " +
                "shows in GET /billing/subscription and GET /billing/payments once the webhook has arrived.")
            .RequireAuthorization()
            .Produces<SandboxActionQueued>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
