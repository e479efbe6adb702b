namespace CaliFlow.Modules.Platform.Billing;

/// <summary>A provider event already handled: its (provider, id) key turns a redelivered webhook into a no-op.</summary>
internal sealed class ReceivedPaymentWebhook
{
    public string Provider { get; set; } = "";

    public string EventId { get; set; } = "";

    public string Type { get; set; } = "";

    public DateTimeOffset ReceivedAt { get; set; }
}
