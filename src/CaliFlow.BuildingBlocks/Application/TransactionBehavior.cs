using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Persistence;
using Mediator;

namespace CaliFlow.BuildingBlocks.Application;

/// <summary>
/// One transaction per command, on the DbContext of the module that owns the command: the handler's changes and the integration
/// events it raised (outbox rows) are saved together or not at all. An exception rolls everything back; a failure result commits
/// whatever the handler chose to record. Cache entries the command made stale are removed once the commit is visible.
/// <para>
/// The rule for handlers: this behaviour begins the transaction, saves what is still pending and commits. A handler calls
/// SaveChanges itself only when it needs its rows written before it goes on: to answer with what the database assigns on write
/// (created_at, updated_at, read back by the save), or because a later statement must find them (raw SQL over them, a unique
/// index the old row must leave first, a savepoint per item of a batch). That save is inside this transaction; a handler never
/// begins, commits or rolls back one itself. The architecture tests check both halves (TransactionRules).
/// </para>
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(
    IServiceProvider services, ModuleCatalog modules, CacheInvalidation cacheInvalidation)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (modules.DbContextWithoutTransaction(services, typeof(TMessage)) is not { } db)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        // A failed save fails the whole command and the transaction rolls back, so EF's automatic savepoint around every save
        // would only add two round trips to it. A handler that must survive one failed save takes its own (the offline sync).
        db.Database.AutoSavepointsEnabled = false;
        var response = await next(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cacheInvalidation.FlushAsync(CancellationToken.None);
        return response;
    }
}
