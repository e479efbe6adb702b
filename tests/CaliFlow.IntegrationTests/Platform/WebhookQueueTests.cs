using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using CaliFlow.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Shouldly;

namespace CaliFlow.IntegrationTests.Platform;

public sealed record WebhookOut(
    Guid Id, string Url, int PendingDeliveries, int DroppedDeliveries, DateTimeOffset? LastDroppedAt, DateTimeOffset? FailingSince,
    DateTimeOffset? DisabledAt, string? DisabledReason);

/// <summary>One host for the queue tests: loopback allowed, an 8 s attempt timeout, hour-long retries, three pending per endpoint.</summary>
public sealed class WebhookQueueApp : IAsyncLifetime
{
    // Long enough that another user's delivery is seen while a hanging one still waits, even on a loaded machine.
    public const int TimeoutSeconds = 8;

    public WebhookQueueApp() => App = new(services: s => s.AddSingleton<ILoggerProvider>(Logs), settings: Settings);

    public static Dictionary<string, string?> Settings => new()
    {
        ["Webhooks:AllowInsecureLocalhost"] = "true",
        ["Webhooks:PollInterval"] = "00:00:00.100",
        ["Webhooks:Timeout"] = "00:00:08",
        ["Webhooks:RetryBaseDelay"] = "01:00:00", // a failed delivery stays pending for the tests' length
        ["Webhooks:MaxPendingPerEndpoint"] = "3",
    };

    public CaliFlowApp App { get; }

    /// <summary>What the app logs (warnings and worse), for waits on steps nothing else shows.</summary>
    public CapturedLogs Logs { get; } = new();

    public ValueTask InitializeAsync() => App.InitializeAsync();

    public async ValueTask DisposeAsync() => await App.DisposeAsync();
}

/// <summary>
/// The outbound webhook queue under misbehaving receivers (a real Kestrel receiver on loopback): a receiver that never answers
/// delays only its own endpoint, holds no lock while it hangs and is cut off at the timeout; one endpoint gets one delivery at a
/// time; its queue is capped; an endpoint failing for a day is disabled; a claim is honoured until its lease runs out, and a
/// sender that lost its claim records nothing.
/// </summary>
public sealed class WebhookQueueTests(WebhookQueueApp fixture) : IClassFixture<WebhookQueueApp>, IAsyncLifetime
{
    private const int TimeoutSeconds = WebhookQueueApp.TimeoutSeconds;

    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;
    private readonly CaliFlowApp _app = fixture.App;

    private readonly ConcurrentQueue<string> _accepted = new();
    private readonly TaskCompletionSource _hangStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _hangEnded = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stallStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _stallReleased = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication _receiver = null!;
    private string _receiverBase = "";
    private volatile bool _downIsUp;
    private int _slowInFlight;
    private int _slowMostInFlight;
    private int _slowCalls;

    public async ValueTask InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        _receiver = builder.Build();
        _receiver.MapPost("/hook", (HttpRequest request) =>
        {
            _accepted.Enqueue(request.Headers["CaliFlow-Delivery"].ToString());
            return Results.Ok();
        });
        // Never answers: the sender has to give up.
        _receiver.MapPost("/hang", async (HttpContext context) =>
        {
            _hangStarted.TrySetResult();
            try
            {
                await Task.Delay(Timeout.Infinite, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                _hangEnded.TrySetResult();
            }
        });
        // Answers 200 once the test lets it.
        _receiver.MapPost("/stall", async () =>
        {
            _stallStarted.TrySetResult();
            await _stallReleased.Task;
            return Results.Ok();
        });
        _receiver.MapPost("/down", () => _downIsUp ? Results.Ok() : Results.StatusCode(503));
        _receiver.MapPost("/slow", async () =>
        {
            var inFlight = Interlocked.Increment(ref _slowInFlight);
            InterlockedMax(ref _slowMostInFlight, inFlight);
            await Task.Delay(300);
            Interlocked.Decrement(ref _slowInFlight);
            Interlocked.Increment(ref _slowCalls);
            return Results.Ok();
        });
        await _receiver.StartAsync(_ct);
        _receiverBase = _receiver.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
    }

    public async ValueTask DisposeAsync()
    {
        _stallReleased.TrySetResult();
        await _receiver.DisposeAsync();
    }

    [Fact]
    public async Task A_hanging_receiver_delays_only_its_own_endpoint_holds_no_lock_and_is_cut_off_at_the_timeout()
    {
        var slowUser = await _app.CreateUserAsync();
        var slowHook = await RegisterAsync(slowUser, "/hang");
        var otherUser = await _app.CreateUserAsync();
        var otherHook = await RegisterAsync(otherUser, "/hook");

        await LogWorkoutAsync(slowUser);
        await _hangStarted.Task.WaitAsync(TimeSpan.FromSeconds(20), _ct);
        var hanging = (await DeliveriesAsync(slowUser, slowHook)).Single();

        // While the receiver hangs, the sender holds no transaction: the rows it works on can be locked at once.
        (await _app.ScalarAsync<Guid>(
            "SELECT id FROM system.webhook_deliveries WHERE id = $1 FOR UPDATE NOWAIT", hanging.Id)).ShouldBe(hanging.Id);
        (await _app.ScalarAsync<Guid>(
            "SELECT id FROM system.webhook_endpoints WHERE id = $1 FOR UPDATE NOWAIT", slowHook.Id)).ShouldBe(slowHook.Id);

        await LogWorkoutAsync(otherUser);
        await Eventually(async () => (await DeliveriesAsync(otherUser, otherHook)).SingleOrDefault()?.Status == "succeeded");
        _hangEnded.Task.IsCompleted.ShouldBeFalse("the other user's delivery went while the hanging one still waited");

        DeliveryOut? timedOut = null;
        await Eventually(async () =>
        {
            timedOut = (await DeliveriesAsync(slowUser, slowHook)).Single();
            return timedOut.Attempts == 1;
        }, seconds: TimeoutSeconds + 10);
        timedOut!.Status.ShouldBe("pending");
        timedOut.AttemptLog[0].Error.ShouldBe("timeout");
        timedOut.AttemptLog[0].StatusCode.ShouldBeNull();
        timedOut.AttemptLog[0].DurationMs.ShouldBeInRange((TimeoutSeconds - 1) * 1000, (TimeoutSeconds + 10) * 1000);
        await _hangEnded.Task.WaitAsync(TimeSpan.FromSeconds(10), _ct);
    }

    [Fact]
    public async Task One_endpoint_gets_one_delivery_at_a_time()
    {
        var user = await _app.CreateUserAsync();
        var hook = await RegisterAsync(user, "/slow");

        await LogWorkoutAsync(user);
        await LogWorkoutAsync(user);
        await LogWorkoutAsync(user);

        await Eventually(async () => (await DeliveriesAsync(user, hook)) is { Count: 3 } all && all.All(d => d.Status == "succeeded"));
        _slowCalls.ShouldBe(3);
        _slowMostInFlight.ShouldBe(1);
    }

    [Fact]
    public async Task An_endpoint_queue_is_capped_and_what_does_not_fit_is_counted_as_dropped()
    {
        var user = await _app.CreateUserAsync();
        var hook = await RegisterAsync(user, "/down");

        for (var i = 0; i < 5; i++)
        {
            await LogWorkoutAsync(user);
        }

        WebhookOut? seen = null;
        await Eventually(async () =>
        {
            seen = await WebhookAsync(user, hook.Id);
            return seen.DroppedDeliveries == 2 && seen.FailingSince is not null;
        });
        seen!.PendingDeliveries.ShouldBe(3);
        seen.LastDroppedAt.ShouldNotBeNull();
        seen.DisabledAt.ShouldBeNull();
        (await DeliveriesAsync(user, hook)).Count.ShouldBe(3);
    }

    [Fact]
    public async Task An_endpoint_failing_for_a_day_is_disabled_with_its_reason_until_its_owner_enables_it()
    {
        var user = await _app.CreateUserAsync();
        var hook = await RegisterAsync(user, "/down");
        // Its attempts have been failing for two days (arranged; the rule is Webhooks:DisableAfterFailingFor, a day).
        (await _app.ExecuteAsync(
            "UPDATE system.webhook_endpoints SET failing_since = now() - interval '2 days' WHERE id = $1", hook.Id)).ShouldBe(1);

        await LogWorkoutAsync(user);
        WebhookOut? seen = null;
        await Eventually(async () => (seen = await WebhookAsync(user, hook.Id)).DisabledAt is not null);
        seen!.DisabledReason.ShouldNotBeNull();
        seen.DisabledReason.ShouldContain("HTTP 503");
        var closed = (await DeliveriesAsync(user, hook)).Single();
        closed.Status.ShouldBe("failed");
        closed.Attempts.ShouldBe(1);

        // Nothing is queued for a disabled endpoint; the owner sees what was missed.
        await LogWorkoutAsync(user);
        await Eventually(async () => (await WebhookAsync(user, hook.Id)).DroppedDeliveries == 1);
        (await DeliveriesAsync(user, hook)).Count.ShouldBe(1);

        var stranger = await _app.CreateUserAsync();
        (await stranger.Client.PostAsync($"/v1/webhooks/{hook.Id}/enable", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        _downIsUp = true;
        (await user.Client.PostAsync($"/v1/webhooks/{hook.Id}/enable", null, _ct)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        var enabled = await WebhookAsync(user, hook.Id);
        enabled.DisabledAt.ShouldBeNull();
        enabled.DisabledReason.ShouldBeNull();
        enabled.FailingSince.ShouldBeNull();

        await LogWorkoutAsync(user);
        await Eventually(async () => (await DeliveriesAsync(user, hook)).Any(d => d.Status == "succeeded"));
    }

    [Fact]
    public async Task An_endpoint_claimed_elsewhere_waits_until_the_claim_runs_out()
    {
        var user = await _app.CreateUserAsync();
        var hook = await RegisterAsync(user, "/hook");
        // Another instance is sending to this endpoint (or crashed while it did): its lease has an hour to run.
        (await _app.ExecuteAsync(
            "UPDATE system.webhook_endpoints SET lease_token = gen_random_uuid(), leased_until = now() + interval '1 hour' WHERE id = $1",
            hook.Id)).ShouldBe(1);

        await LogWorkoutAsync(user);
        await Eventually(async () => (await DeliveriesAsync(user, hook)).Count == 1);
        var waiting = (await DeliveriesAsync(user, hook)).Single();
        // Another endpoint's delivery, queued after this one, going through shows the worker has claimed since and passed it by.
        var otherUser = await _app.CreateUserAsync();
        var otherHook = await RegisterAsync(otherUser, "/hook");
        await LogWorkoutAsync(otherUser);
        await Eventually(async () => (await DeliveriesAsync(otherUser, otherHook)).SingleOrDefault()?.Status == "succeeded");
        var other = (await DeliveriesAsync(otherUser, otherHook)).Single();
        _accepted.ShouldBe([other.Id.ToString()]);

        (await _app.ExecuteAsync(
            "UPDATE system.webhook_endpoints SET leased_until = now() - interval '1 second' WHERE id = $1", hook.Id)).ShouldBe(1);
        await Eventually(async () => (await DeliveriesAsync(user, hook)).Single().Status == "succeeded");
        _accepted.ShouldBe([other.Id.ToString(), waiting.Id.ToString()]);
    }

    [Fact]
    public async Task A_sender_whose_claim_was_taken_over_records_nothing()
    {
        var user = await _app.CreateUserAsync();
        var hook = await RegisterAsync(user, "/stall");

        await LogWorkoutAsync(user);
        await _stallStarted.Task.WaitAsync(TimeSpan.FromSeconds(20), _ct);
        // Its lease ran out meanwhile and another instance claimed the endpoint.
        var otherToken = Guid.NewGuid();
        (await _app.ExecuteAsync(
            "UPDATE system.webhook_endpoints SET lease_token = $1, leased_until = now() + interval '1 hour' WHERE id = $2",
            otherToken, hook.Id)).ShouldBe(1);
        _stallReleased.SetResult();

        // The stale sender says so when it finds the claim gone, at the point where it would otherwise record the attempt.
        var delivery = (await DeliveriesAsync(user, hook)).Single();
        await Eventually(() => Task.FromResult(fixture.Logs.Messages.Any(m => m.Contains($"Webhook delivery {delivery.Id}: the endpoint's lease ran out", StringComparison.Ordinal))));
        delivery = (await DeliveriesAsync(user, hook)).Single();
        delivery.Attempts.ShouldBe(0);
        delivery.Status.ShouldBe("pending");
        (await _app.ScalarAsync<Guid>("SELECT lease_token FROM system.webhook_endpoints WHERE id = $1", hook.Id)).ShouldBe(otherToken);
    }

    private static async Task Eventually(Func<Task<bool>> condition, int seconds = 10) =>
        await PlatformTestHelpers.Eventually(condition, seconds: seconds);

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Fact]
    public async Task A_sender_that_stops_gives_its_claim_up_at_once()
    {
        var database = CaliFlowApp.NewDatabaseName();
        var sender = new CaliFlowApp(database, settings: WebhookQueueApp.Settings, dropDatabaseOnDispose: false);
        try
        {
            await sender.InitializeAsync();
            var user = await sender.CreateUserAsync();
            var hook = await RegisterAsync(user, "/hang");
            await LogWorkoutAsync(user);
            await _hangStarted.Task.WaitAsync(TimeSpan.FromSeconds(20), _ct);
            const string Lease = "SELECT lease_token FROM system.webhook_endpoints WHERE id = $1";
            (await sender.ScalarAsync<Guid?>(Lease, hook.Id)).ShouldNotBeNull();

            await sender.DisposeAsync(); // stops the host, as SIGTERM does: the send in flight is cancelled

            (await sender.ScalarAsync<Guid?>(Lease, hook.Id)).ShouldBeNull("another instance may take the endpoint at once");
            (await sender.ScalarAsync<string>("SELECT status FROM system.webhook_deliveries WHERE endpoint_id = $1", hook.Id))
                .ShouldBe("Pending");
        }
        finally
        {
            await sender.DisposeAsync();
            await CaliFlowApp.DropDatabaseAsync(database);
        }
    }

    private async Task<RegisteredWebhookOut> RegisterAsync(TestUser user, string path)
    {
        var registered = await user.Client.PostAsJsonAsync("/v1/webhooks", new { url = _receiverBase + path, events = new[] { "workout.completed" }, currentPassword = user.Password }, _ct);
        registered.StatusCode.ShouldBe(HttpStatusCode.Created, await registered.Content.ReadAsStringAsync(_ct));
        return (await registered.Content.ReadFromJsonAsync<RegisteredWebhookOut>(_ct))!;
    }

    private async Task<List<DeliveryOut>> DeliveriesAsync(TestUser user, RegisteredWebhookOut hook) =>
        (await user.Client.GetFromJsonAsync<List<DeliveryOut>>($"/v1/webhooks/{hook.Id}/deliveries", _ct))!;

    private async Task<WebhookOut> WebhookAsync(TestUser user, Guid id) =>
        (await user.Client.GetFromJsonAsync<List<WebhookOut>>("/v1/webhooks", _ct))!.Single(w => w.Id == id);

    private async Task LogWorkoutAsync(TestUser user) =>
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", new
        {
            id = Guid.CreateVersion7(),
            performedOn = DateOnly.FromDateTime(DateTime.UtcNow),
            exercises = new object[] { new { exercise = "push-up", sets = new[] { new { reps = 10 } } } },
        }, _ct)).EnsureSuccessStatusCode();
}
