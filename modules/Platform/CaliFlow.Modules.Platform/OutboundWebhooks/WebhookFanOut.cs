using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.OutboundWebhooks;

/// <summary>
/// Queues one delivery per endpoint of the user that subscribed to the event, in the caller's transaction. A user's queue is
/// bounded: an endpoint that is disabled, or already has <see cref="WebhookOptions.MaxPendingPerEndpoint"/> deliveries waiting,
/// gets no new one, and its dropped counter (shown in GET /webhooks) goes up instead.
/// </summary>
internal sealed class WebhookFanOut(PlatformDbContext db, IOptions<WebhookOptions> options, TimeProvider time)
{
    /// <summary>Those of <paramref name="userIds"/> with an endpoint for <paramref name="eventType"/> (one query for a batch).</summary>
    public async Task<HashSet<Guid>> SubscribersAsync(IEnumerable<Guid> userIds, string eventType, CancellationToken cancellationToken)
    {
        var users = userIds.Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking()
            .Where(e => users.Contains(e.OwnerId))
            .Select(e => new { e.OwnerId, e.Events })
            .ToListAsync(cancellationToken);
        return [.. endpoints.Where(e => e.Events.Contains(eventType)).Select(e => e.OwnerId)];
    }

    public async Task QueueAsync(Guid userId, string eventType, object data, CancellationToken cancellationToken)
    {
        var endpoints = (await db.WebhookEndpoints.AsNoTracking()
                .Where(e => e.OwnerId == userId)
                .Select(e => new { e.Id, e.Events, e.DisabledAt })
                .ToListAsync(cancellationToken))
            .Where(e => e.Events.Contains(eventType))
            .ToList();
        if (endpoints.Count == 0)
        {
            return;
        }

        var ids = endpoints.Select(e => e.Id).ToList();
        var pending = await db.WebhookDeliveries
            .Where(d => ids.Contains(d.EndpointId) && d.Status == WebhookDeliveryStatus.Pending)
            .GroupBy(d => d.EndpointId)
            .Select(g => new { EndpointId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.EndpointId, g => g.Count, cancellationToken);
        // Deliveries queued earlier in this transaction (a batch of events) are pending too, though not saved yet.
        foreach (var queued in db.WebhookDeliveries.Local.Where(d => ids.Contains(d.EndpointId) && d.Status == WebhookDeliveryStatus.Pending))
        {
            pending[queued.EndpointId] = pending.GetValueOrDefault(queued.EndpointId) + 1;
        }

        var now = time.GetUtcNow();
        var dropped = new List<Guid>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.DisabledAt is not null || pending.GetValueOrDefault(endpoint.Id) >= options.Value.MaxPendingPerEndpoint)
            {
                dropped.Add(endpoint.Id);
                continue;
            }

            var id = Guid.CreateVersion7();
            var payload = JsonSerializer.Serialize(new { id, type = eventType, createdAt = now, data }, JsonDefaults.Options);
            db.WebhookDeliveries.Add(WebhookDelivery.Queue(id, endpoint.Id, eventType, payload, now));
        }

        if (dropped.Count > 0)
        {
            // Counted in SQL (not read, added, written), so two events handled at once both count.
            await db.WebhookEndpoints
                .Where(e => dropped.Contains(e.Id))
                .ExecuteUpdateAsync(s => s
                    .SetProperty(e => e.DroppedDeliveries, e => e.DroppedDeliveries + 1)
                    .SetProperty(e => e.LastDroppedAt, now), cancellationToken);
        }
    }
}
