using global::System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.System.Domain;
using CaliFlow.Modules.System.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.System.Webhooks;

/// <summary>Queues one delivery per endpoint of the user that subscribed to the event, in the caller's transaction.</summary>
internal sealed class WebhookFanOut(SystemDbContext db, TimeProvider time)
{
    public async Task QueueAsync(Guid userId, string eventType, object data, CancellationToken cancellationToken)
    {
        var endpoints = await db.WebhookEndpoints
            .Where(e => e.OwnerId == userId)
            .Select(e => new { e.Id, e.Events })
            .ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        foreach (var endpoint in endpoints.Where(e => e.Events.Contains(eventType)))
        {
            var id = Guid.CreateVersion7();
            var payload = JsonSerializer.Serialize(new { id, type = eventType, createdAt = now, data }, JsonDefaults.Options);
            db.WebhookDeliveries.Add(WebhookDelivery.Queue(id, endpoint.Id, eventType, payload, now));
        }
    }
}
