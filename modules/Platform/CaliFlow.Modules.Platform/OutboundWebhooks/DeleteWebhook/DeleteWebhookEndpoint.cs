using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.DeleteWebhook;

internal sealed class DeleteWebhookEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapDelete("/webhooks/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new DeleteWebhookCommand(user.Id, id), cancellationToken)).ToHttpResult(_ => TypedResults.NoContent()))
            .WithTags(PlatformRoutes.WebhooksTag)
            .WithSummary("Remove a webhook endpoint and its delivery history.")
            .WithDescription(
                "Deliveries still waiting are dropped with it and nothing more is sent; this cannot be undone (register the URL again " +
                "for a new endpoint and secret). An id that is not one of the caller's endpoints answers 404.")
            .RequireAuthorization()
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
