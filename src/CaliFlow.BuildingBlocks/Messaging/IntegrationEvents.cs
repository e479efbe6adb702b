namespace CaliFlow.BuildingBlocks.Messaging;

/// <summary>
/// A fact one module publishes for others (declared in its Contracts assembly). Written to the publisher's outbox in the same
/// transaction as the change, delivered at least once.
/// </summary>
#pragma warning disable CA1040 // a marker: it names what may cross module boundaries through the outbox
public interface IIntegrationEvent;
#pragma warning restore CA1040

/// <summary>
/// A module's reaction to another module's event. May run more than once for the same event only if it failed before; the
/// dispatcher records each (event, handler) pair in the consumer's schema in the handler's own transaction.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}

/// <summary>
/// A reaction that can take several events at once: the dispatcher hands it a batch's consecutive events of this type in one
/// call (its transaction and processed-event records as for one), so set-based work replaces a round of queries per event. It
/// must leave exactly what handling them one at a time, in the order given, would leave (BatchedDeliveryTests compares).
/// </summary>
public interface IIntegrationEventBatchHandler<in TEvent> : IIntegrationEventHandler<TEvent>
    where TEvent : IIntegrationEvent
{
    Task HandleAsync(IReadOnlyList<TEvent> integrationEvents, CancellationToken cancellationToken);
}
