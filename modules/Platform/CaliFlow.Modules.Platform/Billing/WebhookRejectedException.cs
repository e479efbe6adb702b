namespace CaliFlow.Modules.Platform.Billing;

internal sealed class WebhookRejectedException(string code, string message) : Exception(message)
{
    public string Code { get; } = code;
}
