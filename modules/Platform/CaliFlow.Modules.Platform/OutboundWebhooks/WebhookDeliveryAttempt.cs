namespace CaliFlow.Modules.Platform.OutboundWebhooks;

/// <summary>One try: what the receiver answered (status code) or why there was no answer.</summary>
internal sealed class WebhookDeliveryAttempt
{
    public DateTimeOffset AttemptedAt { get; set; }

    public int? StatusCode { get; set; }

    public string? Error { get; set; }

    public int DurationMs { get; set; }

    public bool Succeeded => StatusCode is >= 200 and < 300;
}
