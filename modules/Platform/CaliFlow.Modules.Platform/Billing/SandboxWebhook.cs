namespace CaliFlow.Modules.Platform.Billing;

/// <summary>The embedded sandbox provider's outgoing webhook queue: durable, retried until the API accepts it.</summary>
internal sealed class SandboxWebhook
{
    public Guid Id { get; set; }

    public string Payload { get; set; } = "";

    public int Attempts { get; set; }

    public DateTimeOffset NextAttemptAt { get; set; }

    public DateTimeOffset? DeliveredAt { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
