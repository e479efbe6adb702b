using System.Data;
using CaliFlow.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.BuildingBlocks.Application;

/// <summary>
/// Marks a query whose handler reads several tables that one command or delivery changes together: the query then runs in one
/// repeatable-read transaction, so its answer never mixes rows from before a commit with rows from after it.
/// </summary>
public interface IReadsOneSnapshot;

/// <summary>
/// Runs an <see cref="IReadsOneSnapshot"/> query in one repeatable-read transaction of its module's database, rolled back when it
/// ends (such a handler never saves: TransactionRules fails one that does).
/// </summary>
public sealed class SnapshotReadBehavior<TMessage, TResponse>(IServiceProvider services, ModuleCatalog modules)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage, IReadsOneSnapshot
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (modules.DbContextWithoutTransaction(services, typeof(TMessage)) is not { } db)
        {
            return await next(message, cancellationToken);
        }

        await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        return await next(message, cancellationToken); // nothing to commit: disposing rolls the snapshot back
    }
}
