using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.GetSubscription;

internal sealed class GetSubscriptionEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/me/subscription", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetSubscriptionQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("The caller's subscription plan (free by default).")
            .WithDescription(
                "The plan is what the caller is entitled to now: premium only while currentPeriodEndsAt is in the future or absent, " +
                "free otherwise. A payment reaches this answer once billing has processed it, so it can still read free for a short " +
                "while after checkout.")
            .RequireAuthorization()
            .Produces<SubscriptionResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
