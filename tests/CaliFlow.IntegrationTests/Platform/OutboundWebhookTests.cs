using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.Modules.Platform.OutboundWebhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Platform;

public sealed record RegisteredWebhookOut(Guid Id, string Url, IReadOnlyList<string> Events, string Secret);

public sealed record DeliveryOut(Guid Id, string EventType, string Status, int Attempts, DateTimeOffset? DeliveredAt, IReadOnlyList<AttemptOut> AttemptLog);

public sealed record AttemptOut(DateTimeOffset AttemptedAt, int? StatusCode, string? Error, int DurationMs);

/// <summary>
/// Outbound webhooks against a real HTTP receiver (Kestrel on a free port) that checks the signature: a workout is delivered,
/// a refused first attempt is retried with backoff, every attempt is visible; registration rules and ownership.
/// </summary>
public sealed class OutboundWebhookTests : IAsyncLifetime
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app;
    private readonly FakeHostResolver _dns = new();

    public OutboundWebhookTests() => _app = new(
        settings: new Dictionary<string, string?>
        {
            ["Webhooks:AllowInsecureLocalhost"] = "true",
            ["Webhooks:RetryBaseDelay"] = "00:00:00.200",
            ["Webhooks:PollInterval"] = "00:00:00.100",
        },
        services: s => s.AddSingleton<IHostAddressResolver>(_dns));

    private readonly ConcurrentQueue<(string Signature, string Body, string? Event)> _received = new();
    private WebApplication _receiver = null!;
    private string _receiverUrl = "";
    private int _refuseFirst;

    public async ValueTask InitializeAsync()
    {
        await _app.InitializeAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _receiver = builder.Build();
        _receiver.MapPost("/hook", async (HttpRequest request) =>
        {
            using var reader = new StreamReader(request.Body);
            var body = await reader.ReadToEndAsync();
            _received.Enqueue((request.Headers["CaliFlow-Signature"].ToString(), body, request.Headers["CaliFlow-Event"].ToString()));
            // The receiver is down for the first delivery: the sender must come back.
            return Interlocked.Decrement(ref _refuseFirst) >= 0 ? Results.StatusCode(503) : Results.Ok();
        });
        _receiver.MapPost("/moved", () => Results.Redirect("/hook", permanent: true, preserveMethod: true));
        await _receiver.StartAsync(_ct);
        _receiverUrl = _receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single() + "/hook";
    }

    public async ValueTask DisposeAsync()
    {
        await _receiver.DisposeAsync();
        await _app.DisposeAsync();
    }

    private static bool SignatureHolds(string header, string body, string secret)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{body}")));
        var age = DateTimeOffset.UtcNow - DateTimeOffset.FromUnixTimeSeconds(long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture));
        return parts["v1"] == expected && age < TimeSpan.FromMinutes(5);
    }

    private static async Task Eventually(Func<Task<bool>> condition) => await PlatformTestHelpers.Eventually(condition);

    [Fact]
    public async Task A_logged_workout_is_delivered_signed_and_retried_after_a_refusal_with_every_attempt_visible()
    {
        _refuseFirst = 1;
        var user = await _app.CreateUserAsync();
        var registered = await user.Client.PostAsJsonAsync("/v1/webhooks", new { url = _receiverUrl, events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(_ct));
        var webhook = (await registered.Content.ReadFromJsonAsync<RegisteredWebhookOut>(_ct))!;
        webhook.Secret.ShouldStartWith("whsec_");
        (await user.Client.GetStringAsync("/v1/webhooks", _ct)).ShouldNotContain(webhook.Secret);

        var logId = Guid.CreateVersion7();
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = logId,
            performedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
        }, _ct)).EnsureSuccessStatusCode();

        await Eventually(() => Task.FromResult(_received.Count >= 2));
        var attempts = _received.ToList();
        attempts.ShouldAllBe(a => SignatureHolds(a.Signature, a.Body, webhook.Secret));
        attempts.ShouldAllBe(a => a.Event == "workout.completed");
        var payload = JsonDocument.Parse(attempts[^1].Body).RootElement;
        payload.GetProperty("type").GetString().ShouldBe("workout.completed");
        payload.GetProperty("data").GetProperty("workoutLogId").GetGuid().ShouldBe(logId);
        SignatureHolds(attempts[0].Signature, attempts[0].Body.Replace("push", "pull", StringComparison.Ordinal) + " ", webhook.Secret).ShouldBeFalse();

        DeliveryOut? delivery = null;
        await Eventually(async () =>
        {
            delivery = (await user.Client.GetFromJsonAsync<List<DeliveryOut>>($"/v1/webhooks/{webhook.Id}/deliveries", _ct))!.SingleOrDefault();
            return delivery?.Status == "succeeded";
        });
        delivery!.Attempts.ShouldBe(2);
        delivery.AttemptLog.Select(a => a.StatusCode).ShouldBe([503, 200]);
        (delivery.AttemptLog[1].AttemptedAt - delivery.AttemptLog[0].AttemptedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(190));
    }

    [Fact]
    public async Task Only_https_addresses_and_known_events_are_accepted_and_endpoints_are_their_owners_alone()
    {
        _dns.Answer("example.com", "93.184.215.14");
        var user = await _app.CreateUserAsync();
        (await PlatformTestHelpers.FieldErrorsAsync(await user.Client.PostAsJsonAsync("/v1/webhooks", new { url = "http://example.com/hook", events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct)))
            .Keys.ShouldBe(["url"]);
        (await PlatformTestHelpers.FieldErrorsAsync(await user.Client.PostAsJsonAsync("/v1/webhooks", new { url = "https://example.com/hook", events = new[] { "workout.deleted" }, currentPassword = user.Password }, _ct)))
            .Keys.ShouldBe(["events[0]"]);
        (await PlatformTestHelpers.FieldErrorsAsync(await user.Client.PostAsJsonAsync("/v1/webhooks", new { url = "not a url", events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct)))
            .Keys.ShouldBe(["url"]);
        var created = await user.Client.PostAsJsonAsync("/v1/webhooks", new { url = "https://example.com/hook", events = new[] { "subscription.changed", "achievement.unlocked" }, currentPassword = user.Password }, _ct);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var webhook = (await created.Content.ReadFromJsonAsync<RegisteredWebhookOut>(_ct))!;

        var stranger = await _app.CreateUserAsync();
        (await stranger.Client.GetAsync($"/v1/webhooks/{webhook.Id}/deliveries", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.DeleteAsync($"/v1/webhooks/{webhook.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await stranger.Client.GetFromJsonAsync<List<JsonElement>>("/v1/webhooks", _ct))!.ShouldBeEmpty();

        (await user.Client.DeleteAsync($"/v1/webhooks/{webhook.Id}", _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await user.Client.GetFromJsonAsync<List<JsonElement>>("/v1/webhooks", _ct))!.ShouldBeEmpty();
    }

    [Fact]
    public async Task Registering_needs_the_current_password_and_a_wrong_one_counts_as_a_failed_sign_in()
    {
        _dns.Answer("example.com", "93.184.215.14");
        var user = await _app.CreateUserAsync();
        var hook = new { url = "https://example.com/hook", events = new[] { "workout.completed" } };

        var missing = await user.Client.PostAsJsonAsync("/v1/webhooks", hook, _ct);
        (await PlatformTestHelpers.FieldErrorsAsync(missing)).Keys.ShouldBe(["currentPassword"]);
        var wrong = await user.Client.PostAsJsonAsync("/v1/webhooks", new { hook.url, hook.events, currentPassword = "Not-my-passw0rd" }, _ct);
        (await PlatformTestHelpers.FieldErrorsAsync(wrong)).Keys.ShouldBe(["currentPassword"]);
        (await wrong.Content.ReadFromJsonAsync<JsonElement>(_ct)).GetProperty("code").GetString().ShouldBe("current_password_incorrect");
        (await _app.ScalarAsync<int>("SELECT failures FROM users.sign_in_throttles WHERE email = $1", user.Email.ToLowerInvariant())).ShouldBe(1);
        (await user.Client.GetFromJsonAsync<List<JsonElement>>("/v1/webhooks", _ct))!.ShouldBeEmpty();

        var right = await user.Client.PostAsJsonAsync("/v1/webhooks", new { hook.url, hook.events, currentPassword = user.Password }, _ct);

        right.StatusCode.ShouldBe(HttpStatusCode.Created, await right.Content.ReadAsStringAsync(_ct));
        (await _app.ScalarAsync<long>("SELECT count(*) FROM users.sign_in_throttles WHERE email = $1", user.Email.ToLowerInvariant())).ShouldBe(0);
    }

    [Fact]
    public async Task A_redirect_is_recorded_as_not_accepted_and_not_followed()
    {
        var user = await _app.CreateUserAsync();
        var webhook = await RegisterAsync(user, _receiverUrl.Replace("/hook", "/moved", StringComparison.Ordinal));

        await LogWorkoutAsync(user);

        DeliveryOut? delivery = null;
        await Eventually(async () =>
        {
            delivery = (await user.Client.GetFromJsonAsync<List<DeliveryOut>>($"/v1/webhooks/{webhook.Id}/deliveries", _ct))!.SingleOrDefault();
            return delivery?.Attempts >= 1;
        });
        delivery!.AttemptLog[0].StatusCode.ShouldBe(308);
        delivery.Status.ShouldNotBe("succeeded");
        _received.ShouldBeEmpty();
    }

    private async Task<RegisteredWebhookOut> RegisterAsync(TestUser user, string url)
    {
        var registered = await user.Client.PostAsJsonAsync("/v1/webhooks", new { url, events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(_ct));
        return (await registered.Content.ReadFromJsonAsync<RegisteredWebhookOut>(_ct))!;
    }

    private async Task LogWorkoutAsync(TestUser user) =>
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
        }, _ct)).EnsureSuccessStatusCode();
}
