using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.BuildingBlocks.Messaging;

/// <summary>One handler of one event type, bound to the consumer module's DbContext where it records what it processed.</summary>
public interface IIntegrationEventSubscription
{
    Type EventType { get; }

    /// <summary>The handler's class: the events it handles, whatever their types, are delivered to it together and in order.</summary>
    string HandlerName { get; }

    Type ConsumerDbContext { get; }

    /// <summary>Runs the handler on one event in the caller's scope (and the transaction of its consumer DbContext).</summary>
    Task HandleAsync(IServiceProvider services, object integrationEvent, CancellationToken cancellationToken);

    /// <summary>Runs the handler on several events of this type, in one call when it takes batches, else one by one.</summary>
    Task HandleAllAsync(IServiceProvider services, IReadOnlyList<object> integrationEvents, Func<Task> afterEach, CancellationToken cancellationToken);

    /// <summary>Delivers one event to this handler on its own, as the dispatcher does (its processed-event record included).</summary>
    Task DeliverAsync(IServiceScopeFactory scopes, Guid eventId, object integrationEvent, CancellationToken cancellationToken);
}

internal sealed class IntegrationEventSubscription<TEvent, THandler, TConsumerDbContext>(TimeProvider time)
    : IIntegrationEventSubscription
    where TEvent : IIntegrationEvent
    where THandler : IIntegrationEventHandler<TEvent>
    where TConsumerDbContext : DbContext
{
    public Type EventType => typeof(TEvent);

    public string HandlerName { get; } = typeof(THandler).FullName!;

    public Type ConsumerDbContext => typeof(TConsumerDbContext);

    public Task HandleAsync(IServiceProvider services, object integrationEvent, CancellationToken cancellationToken) =>
        services.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken);

    public async Task HandleAllAsync(
        IServiceProvider services, IReadOnlyList<object> integrationEvents, Func<Task> afterEach, CancellationToken cancellationToken)
    {
        var handler = services.GetRequiredService<THandler>();
        if (handler is IIntegrationEventBatchHandler<TEvent> batches && integrationEvents.Count > 1)
        {
            await batches.HandleAsync([.. integrationEvents.Cast<TEvent>()], cancellationToken);
            await afterEach();
            return;
        }

        foreach (var integrationEvent in integrationEvents)
        {
            await handler.HandleAsync((TEvent)integrationEvent, cancellationToken);
            await afterEach();
        }
    }

    public Task DeliverAsync(IServiceScopeFactory scopes, Guid eventId, object integrationEvent, CancellationToken cancellationToken) =>
        HandlerDelivery.DeliverAsync(scopes, [new Delivery(eventId, integrationEvent, this)], time, cancellationToken);
}
