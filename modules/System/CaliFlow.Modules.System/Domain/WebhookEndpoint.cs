using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.System.Domain;

/// <summary>
/// An HTTPS address a user (or an integrator acting for them) registered for some events. The secret signs every delivery; it
/// is shown once, at registration, and kept here because signing needs it.
/// </summary>
internal sealed class WebhookEndpoint : IHasTimestamps
{
    private WebhookEndpoint()
    {
    }

    public Guid Id { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Url { get; private set; } = "";

    public string Secret { get; private set; } = "";

    public List<string> Events { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static WebhookEndpoint Register(Guid ownerId, string url, IEnumerable<string> events, string secret) => new()
    {
        Id = Guid.CreateVersion7(),
        OwnerId = ownerId,
        Url = url,
        Secret = secret,
        Events = [.. events.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };
}

internal enum WebhookDeliveryStatus
{
    Pending,
    Succeeded,
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

/// <summary>One try: what the receiver answered (status code) or why there was no answer.</summary>
internal sealed class WebhookDeliveryAttempt
{
    public DateTimeOffset AttemptedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }

    public bool Succeeded => StatusCode is >= 200 and < 300;
}
