using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Billing.ListPayments;

internal sealed class ListPaymentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/billing/payments", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListPaymentsQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(PlatformRoutes.BillingTag)
            .WithSummary("The caller's payments, newest first: amounts in minor units with their currency, refunds marked.")
            .WithDescription(
                "The whole history in one answer, without paging: successful and failed payments (status), with refundedAt once " +
                "refunded. Payments are recorded as the payment provider reports them by webhook, so a checkout's payment shows only " +
                "after the provider has confirmed it.")
            .RequireAuthorization()
            .Produces<IReadOnlyList<PaymentResponse>>();
}
