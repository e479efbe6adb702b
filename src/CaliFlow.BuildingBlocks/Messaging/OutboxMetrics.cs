using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace CaliFlow.BuildingBlocks.Messaging;

/// <summary>
/// What an operator alerts on for event delivery (docs/operations.md): events delivered and failed per module, and the events
/// waiting in each module's outbox. The waiting count is read from the database only when a metrics reader collects it
/// (OpenTelemetry, when an exporter is configured), not on every poll.
/// </summary>
public sealed class OutboxMetrics
{
    public const string MeterName = "CaliFlow.Outbox";

    private readonly ConcurrentDictionary<string, Func<long>> _pendingCounts = new(StringComparer.Ordinal);
    private readonly Counter<long> _delivered;
    private readonly Counter<long> _failed;

    public OutboxMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _delivered = meter.CreateCounter<long>(
            "califlow.outbox.delivered", unit: "{event}", description: "Integration events delivered to all their handlers.");
        _failed = meter.CreateCounter<long>(
            "califlow.outbox.failed", unit: "{event}", description: "Deliveries that failed and will be tried again.");
        meter.CreateObservableGauge(
            "califlow.outbox.pending",
            () => _pendingCounts.Select(p => new Measurement<long>(p.Value(), Module(p.Key))),
            unit: "{event}",
            description: "Events written and not yet delivered, per module: a backlog that keeps growing means delivery falls behind.");
    }

    public void Delivered(string module) => _delivered.Add(1, Module(module));

    public void Failed(string module) => _failed.Add(1, Module(module));

    /// <summary>How a module counts its waiting events, when the gauge is collected.</summary>
    public void CountPendingWith(string module, Func<long> count) => _pendingCounts[module] = count;

    private static KeyValuePair<string, object?> Module(string module) => new("module", module);
}
