using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.ListWebhooks;

internal sealed class ListWebhooksEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/webhooks", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListWebhooksQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(PlatformRoutes.WebhooksTag)
            .WithSummary("The caller's webhook endpoints (secrets are never shown again).")
            .WithDescription(
                "Oldest first, all in one answer (at most 10 endpoints per account by default). pendingDeliveries counts deliveries " +
                "waiting to be sent, droppedDeliveries events not queued because the queue was full or the endpoint disabled; an " +
                "endpoint whose every attempt failed for a day is disabled, with disabledReason, until POST /webhooks/{id}/enable.")
            .RequireAuthorization()
            .Produces<IReadOnlyList<WebhookResponse>>();
}
