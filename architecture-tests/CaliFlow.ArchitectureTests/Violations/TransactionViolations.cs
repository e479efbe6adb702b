using Mediator;

namespace CaliFlow.ArchitectureTests.Violations;

// Deliberately bad code: RulesCatchViolationsTests runs the real rules on this namespace and expects each type here to be named.

public sealed record SavingQuery : IQuery<int>;

/// <summary>A query that writes: no transaction is begun for a query, so its save commits on its own.</summary>
internal sealed class QueryHandlerThatSaves(FactorylessDbContext db) : IQueryHandler<SavingQuery, int>
{
    public async ValueTask<int> Handle(SavingQuery query, CancellationToken cancellationToken) =>
        await db.SaveChangesAsync(cancellationToken);
}

public sealed record CommittingCommand : ICommand<int>;

/// <summary>Commits a transaction of its own, apart from the command's (and from the outbox rows the command raised).</summary>
internal sealed class CommandHandlerThatCommits(FactorylessDbContext db) : ICommandHandler<CommittingCommand, int>
{
    public async ValueTask<int> Handle(CommittingCommand command, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var saved = await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return saved;
    }
}

public sealed record SavingEarlyCommand : ICommand<int>;

/// <summary>Not a violation: saves early inside the command's transaction, which neither rule may name.</summary>
internal sealed class CommandHandlerThatSavesEarly(FactorylessDbContext db) : ICommandHandler<SavingEarlyCommand, int>
{
    public async ValueTask<int> Handle(SavingEarlyCommand command, CancellationToken cancellationToken) =>
        await db.SaveChangesAsync(cancellationToken);
}
