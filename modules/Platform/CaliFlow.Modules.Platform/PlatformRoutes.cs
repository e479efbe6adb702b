namespace CaliFlow.Modules.Platform;

internal static class PlatformRoutes
{
    public const string AdminTag = "System administration";
    public const string BillingTag = "Billing";
    public const string PrivacyTag = "Privacy";
    public const string WebhooksTag = "Webhooks";
}
