using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Http.Json;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.IntegrationTests.Infrastructure;
using CaliFlow.IntegrationTests.Platform;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;

namespace CaliFlow.IntegrationTests.Messaging;

/// <summary>
/// The delivery metrics an operator alerts on (docs/operations.md): events delivered per module, and the backlog each module's
/// outbox holds, read from the app's own meters.
/// </summary>
public sealed class OutboxMetricsTests
{
    private readonly CancellationToken _ct = TestContext.Current.CancellationToken;

    [Fact]
    public async Task Delivered_events_are_counted_per_module()
    {
        await using var app = new CaliFlowApp();
        await app.InitializeAsync();
        using var measured = new Measured(app);
        var user = await app.CreateUserAsync();

        await LogAsync(user);

        await PlatformTestHelpers.Eventually(() => Task.FromResult(measured.Delivered("progress") >= 1));
    }

    [Fact]
    public async Task Events_waiting_in_an_outbox_are_reported_even_by_an_instance_that_does_not_deliver()
    {
        await using var app = new CaliFlowApp(settings: new Dictionary<string, string?> { ["Outbox:Enabled"] = "false" });
        await app.InitializeAsync();
        using var measured = new Measured(app);
        var user = await app.CreateUserAsync();
        var before = measured.Pending("progress");

        await LogAsync(user);
        await LogAsync(user);

        measured.Pending("progress").ShouldBe(before + 2); // one WorkoutLogged each
    }

    private async Task LogAsync(TestUser user) =>
        (await user.Client.PostAsJsonAsync("/v1/workout-logs", TestRequests.PushUpLog(), _ct)).StatusCode.ShouldBe(HttpStatusCode.Created);

    /// <summary>Listens to one app's outbox meter (meters come from its container, so other apps' are not heard).</summary>
    private sealed class Measured : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, long> _delivered = new();
        private readonly ConcurrentDictionary<string, long> _pending = new();

        public Measured(CaliFlowApp app)
        {
            var meters = app.Services.GetRequiredService<IMeterFactory>();
            _listener.InstrumentPublished = (instrument, listener) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Meter.Name == OutboxMetrics.MeterName)
                {
                    listener.EnableMeasurementEvents(instrument);
                }
            };
            _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
            {
                var module = tags.ToArray().Single(t => t.Key == "module").Value as string ?? "";
                switch (instrument.Name)
                {
                    case "califlow.outbox.delivered":
                        _delivered.AddOrUpdate(module, value, (_, total) => total + value);
                        break;
                    case "califlow.outbox.pending":
                        _pending[module] = value;
                        break;
                }
            });
            _listener.Start();
        }

        public long Delivered(string module) => _delivered.GetValueOrDefault(module);

        public long Pending(string module)
        {
            _listener.RecordObservableInstruments();
            return _pending.GetValueOrDefault(module);
        }

        public void Dispose() => _listener.Dispose();
    }
}
