using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Platform.OutboundWebhooks;

internal enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,

    /// <summary>Out of attempts, or its endpoint was disabled while it waited.</summary>
    Failed,
}

/// <summary>One event for one endpoint, queued in PostgreSQL and retried with backoff until accepted or out of attempts.</summary>
internal sealed class WebhookDelivery : IHasTimestamps
{
    private WebhookDelivery()
    {
    }

    public Guid Id { get; private set; }

    public Guid EndpointId { get; private set; }

    public string EventType { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public WebhookDeliveryStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public List<WebhookDeliveryAttempt> AttemptLog { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WebhookDelivery Queue(Guid id, Guid endpointId, string eventType, string payload, DateTimeOffset now) => new()
    {
        Id = id,
        EndpointId = endpointId,
        EventType = eventType,
        Payload = payload,
        Status = WebhookDeliveryStatus.Pending,
        NextAttemptAt = now,
    };

    public void Record(WebhookDeliveryAttempt attempt, int maxAttempts, TimeSpan retryBase)
    {
        Attempts++;
        AttemptLog.Add(attempt);
        if (attempt.Succeeded)
        {
            Status = WebhookDeliveryStatus.Succeeded;
            DeliveredAt = attempt.AttemptedAt;
        }
        else if (Attempts >= maxAttempts)
        {
            Status = WebhookDeliveryStatus.Failed;
        }
        else
        {
            // Exponential backoff: base, 2×base, 4×base, ... capped at six hours.
            var delay = TimeSpan.FromTicks((long)Math.Min(TimeSpan.FromHours(6).Ticks, retryBase.Ticks * Math.Pow(2, Attempts - 1)));
            NextAttemptAt = attempt.AttemptedAt + delay;
        }
    }
}
