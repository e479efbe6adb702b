using CaliFlow.BuildingBlocks.Caching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.BuildingBlocks.Messaging;

/// <summary>One event for one handler.</summary>
public readonly record struct Delivery(Guid EventId, object Event, IIntegrationEventSubscription Subscription);

/// <summary>
/// Hands one handler its events from a batch. All of them go in one scope and one transaction of the consumer's DbContext: one
/// statement records every (event, handler) pair not processed yet, the handler takes those events in the batch's order (a
/// run of one type in one call when it is an <see cref="IIntegrationEventBatchHandler{TEvent}"/>), and one commit ends it — instead of a scope, a transaction and a
/// claim per event. A failure rolls the whole set back; the dispatcher then delivers them one at a time, so only the failing
/// event waits for a retry.
/// </summary>
public static class HandlerDelivery
{
    /// <param name="deliveries">One handler's, in the order to apply them.</param>
    public static async Task DeliverAsync(
        IServiceScopeFactory scopes, IReadOnlyList<Delivery> deliveries, TimeProvider time, CancellationToken cancellationToken)
    {
        var handler = deliveries[0].Subscription;
        await using var scope = scopes.CreateAsyncScope();
        var db = (DbContext)scope.ServiceProvider.GetRequiredService(handler.ConsumerDbContext);
        var processed = db.Model.FindEntityType(typeof(ProcessedEvent))!;
        var table = $"\"{processed.GetSchema()}\".\"{processed.GetTableName()}\"";

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A failed handler fails the whole delivery, which rolls back: EF's automatic savepoint around each save buys nothing.
        db.Database.AutoSavepointsEnabled = false;
        // Claiming the pairs first: a concurrent or later redelivery waits on these rows, then finds them and skips.
#pragma warning disable EF1003 // the table name comes from the EF model, the values are parameters
        var claimed = (await db.Database.SqlQueryRaw<Guid>(
                "INSERT INTO " + table + " (event_id, handler, processed_at) SELECT unnest({0}), {1}, {2} " +
                "ON CONFLICT DO NOTHING RETURNING event_id AS \"Value\"",
                deliveries.Select(d => d.EventId).ToArray(), handler.HandlerName, time.GetUtcNow())
            .ToListAsync(cancellationToken)).ToHashSet();
#pragma warning restore EF1003
        if (claimed.Count == 0)
        {
            return;
        }

        // Consecutive events of one type go to the handler together (a batch handler takes them in one call); each call's
        // changes are saved, and the change tracker cleared, before the next: every save compares each tracked entity (JSON
        // columns by serialising them), and keeping a whole batch's entities made a batch cost the square of its size.
        async Task SaveAndForget()
        {
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
        }

        var pending = deliveries.Where(d => claimed.Contains(d.EventId)).ToList();
        for (var start = 0; start < pending.Count;)
        {
            var subscription = pending[start].Subscription;
            var end = start;
            while (end < pending.Count && pending[end].Subscription == subscription)
            {
                end++;
            }

            await subscription.HandleAllAsync(
                scope.ServiceProvider, [.. pending[start..end].Select(d => d.Event)], SaveAndForget, cancellationToken);
            start = end;
        }

        await transaction.CommitAsync(cancellationToken);
        // Cache keys the handler marked stale go once its changes are visible, as after a command.
        await scope.ServiceProvider.GetRequiredService<CacheInvalidation>().FlushAsync(CancellationToken.None);
    }
}
