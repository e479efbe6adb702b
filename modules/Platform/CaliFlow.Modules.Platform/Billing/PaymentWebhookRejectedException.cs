namespace CaliFlow.Modules.Platform.Billing;

/// <summary>A payment provider's webhook that is not provably from it (signature, timestamp) or not readable; answered 400 with the code.</summary>
internal sealed class PaymentWebhookRejectedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
