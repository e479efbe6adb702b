using System.Globalization;
using System.Net;
using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Billing.ShowSandboxCheckout;

internal sealed class ShowSandboxCheckoutEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/billing/sandbox/checkout/{sessionId:guid}", async (Guid sessionId, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ShowSandboxCheckoutQuery(sessionId), cancellationToken)).ToHttpResult(view => TypedResults.Content(Page(view), "text/html; charset=utf-8")))
            .WithTags(PlatformRoutes.BillingTag)
            .WithSummary("The sandbox provider's hosted checkout page (the session id is the capability, as on a real provider's page).")
            .WithDescription(
                "Anonymous: the checkoutUrl of POST /billing/checkout leads here when billing uses the sandbox, served only in " +
                "Development and tests unless enabled elsewhere; otherwise, or for an unknown session, 404. Answers an HTML page whose " +
                "pay and decline buttons post to the same address; no card details are asked for.")
            .AllowAnonymous()
            .Produces(StatusCodes.Status200OK, contentType: "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static string Page(SandboxCheckoutView view)
    {
        var amount = (view.AmountMinor / 100m).ToString("0.00", CultureInfo.InvariantCulture);
        var action = $"{ApiPrefix.V1}/billing/sandbox/checkout/{view.SessionId}";
        var body = view.Submitted || view.Status != CheckoutStatus.Open
            ? $"<p>This checkout is {WebUtility.HtmlEncode(view.Status.ToString().ToLowerInvariant())}{(view.Submitted ? " (payment submitted)" : "")}.</p>"
            : $"""
               <form method="post" action="{action}?outcome=pay"><button type="submit">Pay {amount} {view.Currency}</button></form>
               <form method="post" action="{action}?outcome=decline"><button type="submit">Decline the payment</button></form>
               """;
        return $"""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>CaliFlow sandbox checkout</title></head>
                <body>
                <h1>Sandbox checkout</h1>
                <p>Premium, {view.Plan.ToString().ToLowerInvariant()}: {amount} {view.Currency}. No card is asked for: this provider only simulates payments.</p>
                {body}
                </body></html>
                """;
    }
}
