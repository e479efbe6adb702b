using System.Text;
using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Billing.ReceivePaymentWebhook;

internal sealed class ReceivePaymentWebhookEndpoint : ICarterModule
{
    private const int MaxPayloadBytes = 256 * 1024;

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/billing/webhooks/{provider:maxlength(40)}", async (string provider, HttpRequest request, ISender sender, CancellationToken cancellationToken) =>
            {
                // The raw body, byte for byte: the signature is over exactly what was sent. Read with a cap whatever the
                // server does, so a chunked body cannot make us hold more than a provider ever sends.
                var payload = request.ContentLength > MaxPayloadBytes ? null : await ReadAtMostAsync(request.Body, MaxPayloadBytes, cancellationToken);
                if (payload is null)
                {
                    return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, detail: "Webhook payload too large.");
                }

                var signature = request.Headers[SignatureHeaderOf(provider)].ToString();
                return (await sender.Send(new ReceivePaymentWebhookCommand(provider, payload, signature), cancellationToken)).ToHttpResult(TypedResults.Ok);
            })
            .WithTags(PlatformRoutes.BillingTag)
            .WithSummary("Payment provider webhooks (sandbox or stripe): signature and timestamp verified, each event id handled once.")
            .WithDescription(
                "For the payment provider, not for apps: anonymous, but the raw body must carry a valid Stripe-Signature or " +
                "Sandbox-Signature header, signed within the tolerance (5 minutes by default), or it answers 400. 404 when the " +
                "provider in the path is not the one this deployment uses, 413 above 256 KB; an event id already handled, or a type " +
                "billing does not act on, answers 200 (duplicate or ignored) and changes nothing.")
            .AllowAnonymous()
            .WithMetadata(new RequestSizeLimitAttribute(MaxPayloadBytes))
            .Produces<PaymentWebhookReceipt>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);

    private static async Task<string?> ReadAtMostAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string SignatureHeaderOf(string provider) =>
        string.Equals(provider, StripePaymentProvider.ProviderName, StringComparison.OrdinalIgnoreCase)
            ? StripePaymentProvider.SignatureHeader
            : SandboxPaymentProvider.SignatureHeader;
}
