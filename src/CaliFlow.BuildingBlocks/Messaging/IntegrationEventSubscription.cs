using CaliFlow.BuildingBlocks.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.BuildingBlocks.Messaging;

/// <summary>One handler of one event type, bound to the consumer module's DbContext where it records what it processed.</summary>
public interface IIntegrationEventSubscription
{
    Type EventType { get; }

    string HandlerName { get; }

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

    public async Task DeliverAsync(
        IServiceScopeFactory scopes, Guid eventId, object integrationEvent, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TConsumerDbContext>();
        var processed = db.Model.FindEntityType(typeof(ProcessedEvent))!;
        var table = $"\"{processed.GetSchema()}\".\"{processed.GetTableName()}\"";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A failed handler fails the whole delivery, which rolls back: EF's automatic savepoint around the save buys nothing.
        db.Database.AutoSavepointsEnabled = false;
        // Claiming the (event, handler) pair first: a concurrent or later redelivery waits on this row, then finds it and skips.
#pragma warning disable EF1003 // the table name comes from the EF model, the values are parameters
        var claimed = await db.Database.ExecuteSqlRawAsync(
            "INSERT INTO " + table + " (event_id, handler, processed_at) VALUES ({0}, {1}, {2}) ON CONFLICT DO NOTHING",
            [eventId, HandlerName, time.GetUtcNow()],
            cancellationToken);
#pragma warning restore EF1003
        if (claimed == 0)
        {
            return;
        }

        await scope.ServiceProvider.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        // Cache keys the handler marked stale go once its changes are visible, as after a command.
        await scope.ServiceProvider.GetRequiredService<CacheInvalidation>().FlushAsync(CancellationToken.None);
    }
}
