using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Billing.StartCheckout;

internal sealed class StartCheckoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/billing/checkout", async (
                    StartCheckoutCommand command, [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey,
                    ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id, IdempotencyKey = idempotencyKey }, cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(PlatformRoutes.BillingTag)
            .WithSummary("Start a premium checkout (monthly or yearly): the provider's payment page to send the payer to. " +
                         "Send an Idempotency-Key header to make retries safe (same key and body: same answer; other body: 409).")
            .WithDescription(
                "Send the payer to checkoutUrl: premium starts only when the provider confirms the payment by webhook, so watch " +
                "GET /billing/subscription rather than this answer. 409 when the caller already has a premium subscription that renews " +
                "(a canceled one may check out again), 503 with Retry-After when payments are not set up on this deployment; an " +
                "Idempotency-Key must be 1-200 visible ASCII characters.")
            .RequireAuthorization()
            .Produces<CheckoutResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);
}
