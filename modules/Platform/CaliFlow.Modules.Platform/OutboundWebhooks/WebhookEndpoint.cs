using System.Globalization;
using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Platform.OutboundWebhooks;

/// <summary>
/// An HTTPS address a user (or an integrator acting for them) registered for some events. The secret signs every delivery; it
/// is shown once, at registration, and kept here because signing needs it. The endpoint also carries its sending state: the
/// lease of the one instance sending to it (one delivery in flight per endpoint), how long its attempts have kept failing,
/// whether it was disabled for that, and how many events were not queued for it (queue full or disabled).
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

    /// <summary>The claim of the instance sending to this endpoint; only its holder records attempts (see the worker).</summary>
    public Guid? LeaseToken { get; private set; }

    /// <summary>Until when the claim holds; after that another instance may take the endpoint over (a crashed sender).</summary>
    public DateTimeOffset? LeasedUntil { get; private set; }

    /// <summary>The first failed attempt since the last accepted one; null while the endpoint accepts deliveries.</summary>
    public DateTimeOffset? FailingSince { get; private set; }

    public DateTimeOffset? DisabledAt { get; private set; }

    public string? DisabledReason { get; private set; }

    /// <summary>Events not queued for this endpoint: its queue was full, or it was disabled.</summary>
    public int DroppedDeliveries { get; private set; }

    public DateTimeOffset? LastDroppedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Disabled => DisabledAt is not null;

    public static WebhookEndpoint Register(Guid ownerId, string url, IEnumerable<string> events, string secret) => new()
    {
        Id = Guid.CreateVersion7(),
        OwnerId = ownerId,
        Url = url,
        Secret = secret,
        Events = [.. events.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
    };

    /// <summary>
    /// Notes an attempt's outcome: an accepted one ends a failing streak; a failed one starts one, or, when every attempt has
    /// failed for <paramref name="disableAfter"/>, disables the endpoint (true) with a reason its owner sees.
    /// </summary>
    public bool RecordOutcome(WebhookDeliveryAttempt attempt, TimeSpan disableAfter)
    {
        if (attempt.Succeeded)
        {
            FailingSince = null;
            return false;
        }

        var since = FailingSince ??= attempt.AttemptedAt;
        if (Disabled || attempt.AttemptedAt - since < disableAfter)
        {
            return false;
        }

        DisabledAt = attempt.AttemptedAt;
        var last = attempt.StatusCode is { } status ? $"HTTP {status}" : attempt.Error;
        DisabledReason = string.Create(
            CultureInfo.InvariantCulture, $"No delivery was accepted since {since.UtcDateTime:yyyy-MM-dd HH:mm} UTC (the last attempt: {last}).");
        return true;
    }

    /// <summary>Holds the claim for one more send.</summary>
    public void ExtendLease(DateTimeOffset until) => LeasedUntil = until;

    /// <summary>Gives the claim up: the endpoint is free for the next claim, by any instance.</summary>
    public void ReleaseLease()
    {
        LeaseToken = null;
        LeasedUntil = null;
    }

    /// <summary>The owner turns the endpoint back on: deliveries are queued and sent again, with a fresh failure count.</summary>
    public void Enable()
    {
        DisabledAt = null;
        DisabledReason = null;
        FailingSince = null;
    }
}
