namespace CaliFlow.Modules.Platform.Billing;

internal enum BillingPlan
{
    Monthly,
    Yearly,
}
