using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Platform.Billing;

internal static class SandboxErrors
{
    public static readonly Error CheckoutNotFound = Error.NotFound(
        "sandbox_checkout_not_found", "No such sandbox checkout (or billing does not use the sandbox provider here).");

    public static readonly Error SubscriptionNotFound = Error.NotFound(
        "sandbox_subscription_not_found", "No such sandbox subscription among yours.");

    public static readonly Error NotServed = Error.Unavailable(
        "billing_unavailable", "Payments are not set up on this deployment (the sandbox provider works only in development).");
}
