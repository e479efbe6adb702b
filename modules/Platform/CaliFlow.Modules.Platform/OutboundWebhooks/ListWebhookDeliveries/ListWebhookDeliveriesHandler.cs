using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.ListWebhookDeliveries;

internal sealed class ListWebhookDeliveriesHandler(PlatformDbContext db)
    : IQueryHandler<ListWebhookDeliveriesQuery, Result<IReadOnlyList<DeliveryResponse>>>
{
    private const int Recent = 100;

    public async ValueTask<Result<IReadOnlyList<DeliveryResponse>>> Handle(ListWebhookDeliveriesQuery query, CancellationToken cancellationToken)
    {
        if (!await db.WebhookEndpoints.AnyAsync(e => e.Id == query.WebhookId && e.OwnerId == query.UserId, cancellationToken))
        {
            return WebhookErrors.NotFound;
        }

        var deliveries = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.EndpointId == query.WebhookId)
            .OrderByDescending(d => d.Id)
            .Take(Recent)
            .ToListAsync(cancellationToken);
        return deliveries.Select(d => new DeliveryResponse(
                d.Id, d.EventType, d.Status, d.Attempts, d.CreatedAt, d.DeliveredAt,
                d.Status == WebhookDeliveryStatus.Pending ? d.NextAttemptAt : null,
                [.. d.AttemptLog.Select(a => new AttemptResponse(a.AttemptedAt, a.StatusCode, a.Error, a.DurationMs))]))
            .ToList();
    }
}
