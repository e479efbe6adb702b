using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CaliFlow.BuildingBlocks;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Platform.Billing;
using CaliFlow.Modules.Platform.Signing;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Shouldly;

namespace CaliFlow.IntegrationTests.Platform;

public sealed record CheckoutOut(Guid SessionId, string CheckoutUrl, string Plan, long AmountMinor, string Currency);

public sealed record BillingSubscriptionOut(Guid? Id, string Status, bool Premium, string? Plan, DateTimeOffset? CurrentPeriodStart, DateTimeOffset? CurrentPeriodEnd);

public sealed record PaymentOut(Guid Id, DateTimeOffset OccurredAt, string Plan, long AmountMinor, string Currency, string Status, DateTimeOffset? RefundedAt);

/// <summary>
/// Billing end to end with the embedded sandbox provider: checkout, its hosted page, the signed webhook it sends over HTTP,
/// premium opening and closing through Users, renewals, failed payments, refunds; webhook verification; idempotency keys.
/// A clock of its own (a month passes) and a database of its own.
/// </summary>
public sealed class BillingTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly CaliFlowApp _app;

    public BillingTests() => _app = new CaliFlowApp(
        settings: new Dictionary<string, string?>
        {
            ["Billing:Sandbox:DeliveryInterval"] = "00:00:00.100",
            ["Billing:ExpiryInterval"] = "00:00:00.100",
        },
        services: s =>
        {
            s.AddSingleton<TimeProvider>(_clock);
            // The sandbox delivers its webhooks over HTTP, here to the test server rather than a socket.
            s.AddHttpClient(SandboxWebhookSender.HttpClientName).ConfigurePrimaryHttpMessageHandler(() => _app!.Server.CreateHandler());
            s.AddSingleton<ICarterModule, PremiumProbeEndpoint>();
        });

    public ValueTask InitializeAsync() => _app.InitializeAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    // Background work here runs on the fake clock: each wait moves it on a little.
    private Task Eventually(Func<Task<bool>> condition) => PlatformTestHelpers.Eventually(condition, () => _clock.Advance(TimeSpan.FromMilliseconds(100)));

    private async Task<CheckoutOut> CheckoutAsync(TestUser user, string plan = "monthly", string? key = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/v1/billing/checkout") { Content = JsonContent.Create(new { plan }) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        var response = await user.Client.SendAsync(request, _ct);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(_ct));
        return (await response.Content.ReadFromJsonAsync<CheckoutOut>(_ct))!;
    }

    private async Task<BillingSubscriptionOut> PaidSubscriptionAsync(TestUser user, string plan = "monthly")
    {
        var checkout = await CheckoutAsync(user, plan);
        (await _app.CreateClient().PostAsync($"{new Uri(checkout.CheckoutUrl).AbsolutePath}?outcome=pay", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually(async () => (await PlanAsync(user)) == "premium");
        return (await BillingAsync(user))!;
    }

    private async Task<string> PlanAsync(TestUser user) =>
        (await user.Client.GetFromJsonAsync<JsonElement>("/v1/me/subscription", _ct)).GetProperty("plan").GetString()!;

    private Task<BillingSubscriptionOut?> BillingAsync(TestUser user) =>
        user.Client.GetFromJsonAsync<BillingSubscriptionOut>("/v1/billing/subscription", _ct);

    private async Task<TestUser> SignInAgainAsync(TestUser user)
    {
        var tokens = await _app.LoginAsync(user.Email, user.Password);
        return user with { Tokens = tokens, Client = _app.Authorized(tokens.AccessToken) };
    }

    [Fact]
    public async Task Sandbox_checkout_opens_premium_and_a_cancellation_closes_it_at_the_end_of_the_period()
    {
        var user = await _app.CreateUserAsync();
        (await user.Client.GetAsync("/v1/probe/premium", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await BillingAsync(user))!.Status.ShouldBe("free");

        var checkout = await CheckoutAsync(user);
        checkout.AmountMinor.ShouldBe(999);
        checkout.Currency.ShouldBe("EUR");
        var page = await _app.CreateClient().GetStringAsync(new Uri(checkout.CheckoutUrl).AbsolutePath, _ct);
        page.ShouldContain("Pay 9.99 EUR");
        page.ShouldNotContain("card number", Case.Insensitive);

        var pay = await _app.CreateClient().PostAsync($"{new Uri(checkout.CheckoutUrl).AbsolutePath}?outcome=pay", null, _ct);
        pay.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        (await _app.CreateClient().PostAsync($"{new Uri(checkout.CheckoutUrl).AbsolutePath}?outcome=pay", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Conflict);

        await Eventually(async () => await PlanAsync(user) == "premium");
        (await user.Client.GetAsync("/v1/probe/premium", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var active = (await BillingAsync(user))!;
        active.Status.ShouldBe("active");
        active.Premium.ShouldBeTrue();
        var periodEnd = active.CurrentPeriodEnd!.Value;
        periodEnd.ShouldBe(_clock.GetUtcNow().AddMonths(1), TimeSpan.FromMinutes(1));
        var payments = (await user.Client.GetFromJsonAsync<List<PaymentOut>>("/v1/billing/payments", _ct))!;
        payments.ShouldHaveSingleItem().ShouldSatisfyAllConditions(
            p => p.AmountMinor.ShouldBe(999), p => p.Currency.ShouldBe("EUR"), p => p.Status.ShouldBe("succeeded"));

        var cancel = await user.Client.PostAsync("/v1/billing/subscription/cancel", null, _ct);
        cancel.StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually(async () => (await BillingAsync(user))!.Status == "canceled");
        (await PlanAsync(user)).ShouldBe("premium"); // paid until the end of the period
        (await user.Client.GetAsync("/v1/probe/premium", _ct)).StatusCode.ShouldBe(HttpStatusCode.OK);

        _clock.SetUtcNow(periodEnd.AddMinutes(1));
        user = await SignInAgainAsync(user); // the old access token has expired on the way
        (await PlanAsync(user)).ShouldBe("free");
        (await user.Client.GetAsync("/v1/probe/premium", _ct)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await Eventually(async () => (await BillingAsync(user))!.Status == "expired");

        await Eventually(async () => await _app.ScalarAsync<long>(
            "SELECT count(*) FROM system.audit_logs WHERE action = 'subscription.changed' AND actor_id = $1", user.Id) == 3);
    }

    [Fact]
    public async Task Renewals_failed_payments_and_refunds_move_the_subscription_and_premium_with_it()
    {
        var user = await _app.CreateUserAsync();
        var subscription = await PaidSubscriptionAsync(user, "yearly");
        subscription.Plan.ShouldBe("yearly");

        (await user.Client.PostAsync($"/v1/billing/sandbox/subscriptions/{subscription.Id}/fail-renewal", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually(async () => (await BillingAsync(user))!.Status == "past-due");
        (await PlanAsync(user)).ShouldBe("premium");

        (await user.Client.PostAsync($"/v1/billing/sandbox/subscriptions/{subscription.Id}/renew", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually(async () => (await BillingAsync(user))!.Status == "active");
        var renewed = (await BillingAsync(user))!;
        renewed.CurrentPeriodEnd!.Value.ShouldBe(subscription.CurrentPeriodEnd!.Value.AddYears(1), TimeSpan.FromSeconds(1));
        // Users holds the entitlement and applies the change when the event reaches it through the outbox.
        await Eventually(async () =>
        {
            var me = await user.Client.GetFromJsonAsync<JsonElement>("/v1/me/subscription", _ct);
            return (me.GetProperty("currentPeriodEndsAt").GetDateTimeOffset() - renewed.CurrentPeriodEnd.Value).Duration() < TimeSpan.FromSeconds(1);
        });

        (await user.Client.PostAsync($"/v1/billing/sandbox/subscriptions/{subscription.Id}/refund", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);
        await Eventually(async () => (await BillingAsync(user))!.Status == "expired");
        await Eventually(async () => await PlanAsync(user) == "free");

        var payments = (await user.Client.GetFromJsonAsync<List<PaymentOut>>("/v1/billing/payments", _ct))!;
        payments.Select(p => p.Status).ShouldBe(["refunded", "failed", "succeeded"], ignoreOrder: true);
        payments.ShouldAllBe(p => p.AmountMinor == 9_900 && p.Currency == "EUR");

        var stranger = await _app.CreateUserAsync();
        (await stranger.Client.PostAsync($"/v1/billing/sandbox/subscriptions/{subscription.Id}/renew", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_declined_checkout_records_a_failed_payment_and_leaves_the_user_free()
    {
        var user = await _app.CreateUserAsync();
        var checkout = await CheckoutAsync(user);
        (await _app.CreateClient().PostAsync($"{new Uri(checkout.CheckoutUrl).AbsolutePath}?outcome=decline", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.Accepted);

        await Eventually(async () => (await user.Client.GetFromJsonAsync<List<PaymentOut>>("/v1/billing/payments", _ct))!.Count == 1);
        (await user.Client.GetFromJsonAsync<List<PaymentOut>>("/v1/billing/payments", _ct))!.Single().Status.ShouldBe("failed");
        (await PlanAsync(user)).ShouldBe("free");
        (await _app.ScalarAsync<string>("SELECT status FROM system.checkout_sessions WHERE id = $1", checkout.SessionId)).ShouldBe("Failed");
    }

    private string SignedPayment(Guid userId, string eventId, out string payload)
    {
        var now = _clock.GetUtcNow();
        payload = JsonSerializer.Serialize(
            new SandboxEvent(eventId, "payment.succeeded", now.ToUnixTimeSeconds(), new SandboxEventData(
                userId, SubscriptionId: $"sub_test_{eventId}", Plan: Modules.Platform.Billing.BillingPlan.Monthly, PaymentId: $"pay_test_{eventId}",
                Amount: 999, Currency: "EUR", PeriodStart: now, PeriodEnd: now.AddMonths(1))),
            JsonDefaults.Options);
        return TimestampedSignature.Sign(payload, _app.Services.GetRequiredService<SandboxSecret>().Key, now);
    }

    private async Task<HttpResponseMessage> PostWebhookAsync(string payload, string? signature, string provider = "sandbox")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v1/billing/webhooks/{provider}")
        {
            Content = new StringContent(payload, Encoding.UTF8, "application/json"),
        };
        if (signature is not null)
        {
            request.Headers.Add(SandboxPaymentProvider.SignatureHeader, signature);
        }

        return await _app.CreateClient().SendAsync(request, _ct);
    }

    private static async Task<string?> CodeOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).TryGetProperty("code", out var code) ? code.GetString() : null;

    [Fact]
    public async Task Webhooks_with_a_bad_missing_or_stale_signature_are_refused_and_duplicates_are_ignored()
    {
        var user = await _app.CreateUserAsync();
        var eventId = $"evt_{Guid.NewGuid():N}";
        var signature = SignedPayment(user.Id, eventId, out var payload);

        var tampered = await PostWebhookAsync(payload.Replace("999", "1", StringComparison.Ordinal), signature);
        tampered.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeOf(tampered)).ShouldBe("signature_invalid");
        var missing = await PostWebhookAsync(payload, null);
        missing.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeOf(missing)).ShouldBe("signature_missing");
        var wrongKey = TimestampedSignature.Sign(payload, Encoding.UTF8.GetBytes("not-the-sandbox-secret"), _clock.GetUtcNow());
        var wronglyKeyed = await PostWebhookAsync(payload, wrongKey);
        wronglyKeyed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeOf(wronglyKeyed)).ShouldBe("signature_invalid");
        (await PostWebhookAsync(payload, signature, provider: "stripe")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        _clock.Advance(TimeSpan.FromMinutes(6));
        var stale = await PostWebhookAsync(payload, signature);
        stale.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await CodeOf(stale)).ShouldBe("signature_stale");
        (await _app.ScalarAsync<long>("SELECT count(*) FROM system.payments WHERE user_id = $1", user.Id)).ShouldBe(0);

        var fresh = SignedPayment(user.Id, eventId, out payload);
        var first = await PostWebhookAsync(payload, fresh);
        first.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await first.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("duplicate").GetBoolean().ShouldBeFalse();
        var again = await PostWebhookAsync(payload, fresh);
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("duplicate").GetBoolean().ShouldBeTrue();

        (await _app.ScalarAsync<long>("SELECT count(*) FROM system.payments WHERE user_id = $1", user.Id)).ShouldBe(1);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM system.subscriptions WHERE user_id = $1", user.Id)).ShouldBe(1);
        await Eventually(async () => await PlanAsync(user) == "premium");
    }

    [Fact]
    public async Task An_idempotency_key_returns_the_first_answer_and_refuses_a_different_request()
    {
        var user = await _app.CreateUserAsync();
        var key = Guid.NewGuid().ToString();

        var first = await CheckoutAsync(user, "monthly", key);
        var retry = await CheckoutAsync(user, "monthly", key);
        retry.ShouldBe(first);

        using var other = new HttpRequestMessage(HttpMethod.Post, "/v1/billing/checkout") { Content = JsonContent.Create(new { plan = "yearly" }) };
        other.Headers.Add("Idempotency-Key", key);
        var conflict = await user.Client.SendAsync(other, _ct);
        conflict.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await CodeOf(conflict)).ShouldBe("idempotency_key_reused");

        // The key belongs to its user: another user's same key is a new request.
        var someoneElse = await _app.CreateUserAsync();
        (await CheckoutAsync(someoneElse, "monthly", key)).SessionId.ShouldNotBe(first.SessionId);
        // Without a key every request is new.
        (await CheckoutAsync(user)).SessionId.ShouldNotBe(first.SessionId);
        (await _app.ScalarAsync<long>("SELECT count(*) FROM system.checkout_sessions WHERE user_id = $1", user.Id)).ShouldBe(2);

        var bad = await user.Client.PostAsJsonAsync("/v1/billing/checkout", new { plan = "weekly" }, _ct);
        (await PlatformTestHelpers.FieldErrorsAsync(bad)).Keys.ShouldBe(["plan"]);
    }

    private sealed class PremiumProbeEndpoint : ICarterModule
    {
        public void AddRoutes(IEndpointRouteBuilder app) =>
            app.MapGet("/probe/premium", () => TypedResults.Ok()).RequireAuthorization(UsersPolicies.Premium);
    }
}
