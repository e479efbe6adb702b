using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Billing.CancelSubscription;

internal sealed class CancelSubscriptionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/billing/subscription/cancel", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new CancelSubscriptionCommand(user.Id), cancellationToken)).ToHttpResult(r => TypedResults.Accepted((string?)null, r)))
            .WithTags(PlatformRoutes.BillingTag)
            .WithSummary("Stop renewing: premium stays open until the end of the period already paid.")
            .WithDescription(
                "Applies to the caller's active or past-due subscription; with none (or one already canceled) it answers 404. The " +
                "answer's premiumUntil is the end of the paid period, and GET /billing/subscription shows canceled once the payment " +
                "provider has confirmed by webhook.")
            .RequireAuthorization()
            .Produces<CancellationRequested>(StatusCodes.Status202Accepted)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
