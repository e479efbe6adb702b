using CaliFlow.BuildingBlocks.Application;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.ArchitectureTests.Violations;

// Deliberately bad code: read-only query services that write, each in a way the rule must see through.

[ReadOnlyContract]
public interface IViolationQueries
{
    Task<int> CountAsync(CancellationToken cancellationToken);
}

/// <summary>Saves inside an async method: the call sits in the compiler's state machine.</summary>
internal sealed class SavingQueries(SharedSchemaDbContext db) : IViolationQueries
{
    public async Task<int> CountAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        return await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Writes through a helper of its own assembly, from a lambda: two hops away.</summary>
internal sealed class DelegatingQueries(SharedSchemaDbContext db) : IViolationQueries
{
    public Task<int> CountAsync(CancellationToken cancellationToken)
    {
        Func<Task<int>> count = () => new RowTidier(db).TidyAsync(cancellationToken);
        return count();
    }
}

internal sealed class RowTidier(SharedSchemaDbContext db)
{
    public Task<int> TidyAsync(CancellationToken cancellationToken) => db.Rows.Where(r => r.Id == Guid.Empty).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>Only reads: the rule must leave it alone.</summary>
internal sealed class ReadingQueries(SharedSchemaDbContext db) : IViolationQueries
{
    public Task<int> CountAsync(CancellationToken cancellationToken) => db.Rows.CountAsync(cancellationToken);
}
