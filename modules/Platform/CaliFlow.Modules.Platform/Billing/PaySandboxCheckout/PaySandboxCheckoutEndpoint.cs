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
            .AllowAnonymous()
            .Produces<SandboxPaymentSubmitted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
