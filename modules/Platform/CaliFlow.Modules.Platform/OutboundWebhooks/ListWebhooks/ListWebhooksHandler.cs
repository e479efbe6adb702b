using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.ListWebhooks;

internal sealed class ListWebhooksHandler(PlatformDbContext db) : IQueryHandler<ListWebhooksQuery, Result<IReadOnlyList<WebhookResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<WebhookResponse>>> Handle(ListWebhooksQuery query, CancellationToken cancellationToken) =>
        await db.WebhookEndpoints.AsNoTracking()
            .Where(e => e.OwnerId == query.UserId)
            .OrderBy(e => e.CreatedAt)
            .Select(e => new WebhookResponse(
                e.Id, e.Url, e.Events, e.CreatedAt,
                db.WebhookDeliveries.Count(d => d.EndpointId == e.Id && d.Status == WebhookDeliveryStatus.Pending),
                e.DroppedDeliveries, e.LastDroppedAt, e.FailingSince, e.DisabledAt, e.DisabledReason))
            .ToListAsync(cancellationToken);
}
