namespace CaliFlow.Modules.Platform.Billing;

/// <summary>What a checkout request with an Idempotency-Key answered, so a retry gets the same answer.</summary>
internal sealed class IdempotencyRecord
{
    public Guid UserId { get; set; }

    public string Key { get; set; } = "";

    public string RequestHash { get; set; } = "";

    public string Response { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }
}
