using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Billing.PaySandboxCheckout;

internal sealed class PaySandboxCheckoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/billing/sandbox/checkout/{sessionId:guid}", async (Guid sessionId, string? outcome, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new PaySandboxCheckoutCommand(sessionId, outcome ?? ""), cancellationToken))
                .ToHttpResult(r => TypedResults.Accepted((string?)null, r)))
            .WithTags(PlatformRoutes.BillingTag)
            .WithSummary("Sandbox checkout page's answer (?outcome=pay or decline): the sandbox then sends its signed webhook.")
            .WithDescription(
                "Anonymous: the session id is the only credential, and the route works only where the sandbox provider is served " +
                "(Development and tests unless enabled elsewhere); otherwise, or for an unknown session, 404. The outcome must be pay " +
                "or decline (400 otherwise), and a checkout already paid or declined answers 409. The effect arrives with the webhook: " +
                "pay starts the premium subscription, decline records a failed payment.")
            .AllowAnonymous()
            .Produces<SandboxPaymentSubmitted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
