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
            .RequireAuthorization()
            .Produces<IReadOnlyList<DeliveryResponse>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
