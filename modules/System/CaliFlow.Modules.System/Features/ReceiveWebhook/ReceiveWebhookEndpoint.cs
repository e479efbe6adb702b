using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.System.Billing;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.System.Features.ReceiveWebhook;

internal sealed class ReceiveWebhookEndpoint : ICarterModule
{
    private const int MaxPayloadBytes = 256 * 1024;

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/billing/webhooks/{provider}", async (string provider, HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                if (request.ContentLength > MaxPayloadBytes)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: "Webhook payload too large.");
                }

                // The raw body, byte for byte: the signature is over exactly what was sent.
                using var reader = new StreamReader(request.Body);
                var payload = await reader.ReadToEndAsync(cancellationToken);
                var signature = request.Headers[SignatureHeaderOf(provider)].ToString();
                return (await sender.Send(new ReceiveWebhookCommand(provider, payload, signature), cancellationToken)).ToHttpResult(TypedResults.Ok);
            })
            .WithTags(SystemRoutes.BillingTag)
            .WithSummary("Payment provider webhooks (sandbox or stripe): signature and timestamp verified, each event id handled once.")
            .AllowAnonymous()
            .Produces<WebhookReceipt>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static string SignatureHeaderOf(string provider) =>
        string.Equals(provider, StripePaymentProvider.ProviderName, StringComparison.OrdinalIgnoreCase)
            ? StripePaymentProvider.SignatureHeader
            : SandboxPaymentProvider.SignatureHeader;
}
