using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.BuildingBlocks.Application;

/// <summary>
/// One transaction per command, on the DbContext of the module that owns the command: the handler's changes and the integration
/// events it raised (outbox rows) are saved together or not at all. An exception rolls everything back; a failure result commits
/// whatever the handler chose to record. Cache entries the command made stale are removed once the commit is visible.
/// </summary>
public sealed class TransactionBehavior<TMessage, TResponse>(
    IServiceProvider services, ModuleCatalog modules, CacheInvalidation cacheInvalidation)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var dbContextType = modules.DbContextFor(typeof(TMessage));
        if (dbContextType is null)
        {
            return await next(message, cancellationToken);
        }

        var db = (DbContext)services.GetRequiredService(dbContextType);
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await cacheInvalidation.FlushAsync(CancellationToken.None);
        return response;
    }
}
