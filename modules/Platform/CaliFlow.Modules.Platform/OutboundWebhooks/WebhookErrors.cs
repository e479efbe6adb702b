using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Platform.OutboundWebhooks;

internal static class WebhookErrors
{
    public static readonly Error NotFound = Error.NotFound("webhook_not_found", "No such webhook endpoint among yours.");
}
