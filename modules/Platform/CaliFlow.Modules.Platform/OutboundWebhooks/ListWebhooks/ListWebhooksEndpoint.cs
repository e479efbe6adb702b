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
            .RequireAuthorization()
            .Produces<IReadOnlyList<WebhookResponse>>();
}
