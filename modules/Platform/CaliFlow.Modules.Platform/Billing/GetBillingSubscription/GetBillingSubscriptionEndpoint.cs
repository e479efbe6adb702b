using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Billing.GetBillingSubscription;

internal sealed class GetBillingSubscriptionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/billing/subscription", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetBillingSubscriptionQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(PlatformRoutes.BillingTag)
            .WithSummary("The caller's paid subscription as billing sees it (status, period, premium now).")
            .WithDescription(
                "The latest subscription; a user who never paid gets status free with the other fields null, not 404. Changes arrive " +
                "by the payment provider's webhooks, so after a checkout or a cancellation the status follows once the provider has " +
                "confirmed; premium stays true for canceled and past-due subscriptions until the paid period ends.")
            .RequireAuthorization()
            .Produces<BillingSubscriptionResponse>();
}
