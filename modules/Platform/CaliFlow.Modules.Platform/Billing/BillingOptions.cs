using CaliFlow.BuildingBlocks.Hosting;
using Microsoft.Extensions.Hosting;

namespace CaliFlow.Modules.Platform.Billing;

internal sealed class BillingOptions
{
    public const string Section = "Billing";

    /// <summary>"sandbox" (embedded, offline, the default) or "stripe".</summary>
    public string Provider { get; set; } = SandboxPaymentProvider.ProviderName;

    /// <summary>ISO 4217; prices are in its minor units.</summary>
    public string Currency { get; set; } = "EUR";

    public long MonthlyPriceMinor { get; set; } = 999;

    public long YearlyPriceMinor { get; set; } = 9_900;

    /// <summary>A webhook signed longer ago than this is refused (replay protection).</summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often the expiry job ends subscriptions whose paid period ran out after a cancellation or failed payments.</summary>
    public TimeSpan ExpiryInterval { get; set; } = TimeSpan.FromMinutes(1);

    public SandboxBillingOptions Sandbox { get; set; } = new();

    public StripeBillingOptions Stripe { get; set; } = new();

    public bool UsesSandbox => string.Equals(Provider, SandboxPaymentProvider.ProviderName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the sandbox (checkout, its pages, actions and webhooks) works here: in Development and the tests, or where
    /// <see cref="SandboxBillingOptions.AllowOutsideDevelopment"/> says so.
    /// </summary>
    public bool SandboxServed(IHostEnvironment environment) =>
        UsesSandbox && (environment.IsDevelopmentOrTesting() || Sandbox.AllowOutsideDevelopment);
}

internal sealed class SandboxBillingOptions
{
    /// <summary>Signs the sandbox's webhooks; when empty it is derived from Jwt:SigningKey, so every instance agrees without a repo secret.</summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Where the sandbox's checkout pages are served and where it delivers its webhooks: this API's public address.</summary>
    public string BaseUrl { get; set; } = "http://localhost:5080";

    public TimeSpan DeliveryInterval { get; set; } = TimeSpan.FromSeconds(1);

    public int MaxDeliveryAttempts { get; set; } = 10;

    /// <summary>
    /// The sandbox hands out premium without money: outside Development and the tests, checkout answers 503 and the sandbox's
    /// pages, actions and webhooks 404 unless this is set (a staging environment that wants it), so a deployment that forgot
    /// to configure Stripe gives nothing away.
    /// </summary>
    public bool AllowOutsideDevelopment { get; set; }
}

internal sealed class StripeBillingOptions
{
    /// <summary>sk_… — from a secret store or the environment (Billing__Stripe__SecretKey), never the repo.</summary>
    public string? SecretKey { get; set; }

    /// <summary>whsec_… of the webhook endpoint configured in Stripe for POST /billing/webhooks/stripe.</summary>
    public string? WebhookSecret { get; set; }

    public string? MonthlyPriceId { get; set; }

    public string? YearlyPriceId { get; set; }

    public string SuccessUrl { get; set; } = "http://localhost:5080/billing/checkout/success";

    public string CancelUrl { get; set; } = "http://localhost:5080/billing/checkout/canceled";
}
