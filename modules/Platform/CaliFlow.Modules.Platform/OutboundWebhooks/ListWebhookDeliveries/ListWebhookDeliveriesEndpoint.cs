using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/webhooks/{id:guid}/deliveries", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListWebhookDeliveriesQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(PlatformRoutes.WebhooksTag)
            .WithSummary("The endpoint's latest 100 deliveries, newest first, each with its attempts (status code or error, time).")
            .WithDescription(
                "An attempt without a 2xx answer is retried with doubling delays, 8 attempts in all by default; nextAttemptAt says " +
                "when a pending delivery goes next. A delivery out of attempts, or waiting when its endpoint was disabled, is failed " +
                "and not sent again; an id that is not one of the caller's endpoints answers 404.")
            .RequireAuthorization()
            .Produces<IReadOnlyList<DeliveryResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
