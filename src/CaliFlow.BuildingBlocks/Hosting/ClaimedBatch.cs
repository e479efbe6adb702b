using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.BuildingBlocks.Hosting;

/// <summary>
/// One batch of a background job that works rows it claimed with <c>FOR UPDATE SKIP LOCKED</c>: the claim runs in a scope and a
/// transaction of its own, whose row locks keep every other instance off those rows (they skip them rather than wait) until
/// <see cref="ClaimedBatch{TRow}.CommitAsync"/> saves the job's marks. A failure or a crash before that rolls back and frees the
/// rows for the next claim, so each row is worked at least once.
/// </summary>
public static class ClaimedBatch
{
    /// <param name="claim">The job's own query: its SQL ends in <c>LIMIT … FOR UPDATE SKIP LOCKED</c>.</param>
    public static async Task<ClaimedBatch<TRow>> ClaimAsync<TDbContext, TRow>(
        IServiceScopeFactory scopes, Func<TDbContext, IQueryable<TRow>> claim, CancellationToken cancellationToken)
        where TDbContext : DbContext
    {
        var scope = scopes.CreateAsyncScope();
        IDbContextTransaction? transaction = null;
        try
        {
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var rows = await claim(db).ToListAsync(cancellationToken);
            return new ClaimedBatch<TRow>(scope, db, transaction, rows);
        }
        catch
        {
            if (transaction is not null)
            {
                await transaction.DisposeAsync();
            }

            await scope.DisposeAsync();
            throw;
        }
    }
}

/// <summary>Rows claimed by <see cref="ClaimedBatch.ClaimAsync"/>, locked until the batch is committed or disposed.</summary>
public sealed class ClaimedBatch<TRow> : IAsyncDisposable
{
    private readonly AsyncServiceScope _scope;
    private readonly DbContext _db;
    private readonly IDbContextTransaction _transaction;

    internal ClaimedBatch(AsyncServiceScope scope, DbContext db, IDbContextTransaction transaction, IReadOnlyList<TRow> rows)
    {
        _scope = scope;
        _db = db;
        _transaction = transaction;
        Rows = rows;
    }

    /// <summary>The claimed rows, tracked by the batch's DbContext: what the job changes on them is saved by the commit.</summary>
    public IReadOnlyList<TRow> Rows { get; }

    /// <summary>The batch's scope, for the services the work needs alongside the same DbContext (e.g. to publish an event).</summary>
    public IServiceProvider Services => _scope.ServiceProvider;

    /// <summary>Saves the changes and commits, which frees the rows; returns how many were claimed (to compare with a full batch).</summary>
    public async Task<int> CommitAsync(CancellationToken cancellationToken)
    {
        await _db.SaveChangesAsync(cancellationToken);
        await _transaction.CommitAsync(cancellationToken);
        return Rows.Count;
    }

    public async ValueTask DisposeAsync()
    {
        await _transaction.DisposeAsync();
        await _scope.DisposeAsync();
    }
}
