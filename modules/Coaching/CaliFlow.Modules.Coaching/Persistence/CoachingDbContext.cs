using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Coaching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaliFlow.Modules.Coaching.Persistence;

internal sealed class CoachingDbContext(DbContextOptions<CoachingDbContext> options) : DbContext(options)
{
    public const string Schema = "coaching";

    public DbSet<CoachMessage> Messages => Set<CoachMessage>();

    public DbSet<ContentCacheEntry> ContentCache => Set<ContentCacheEntry>();

    public DbSet<ContentGeneration> ContentGenerations => Set<ContentGeneration>();

    public DbSet<CheckIn> CheckIns => Set<CheckIn>();

    /// <summary>
    /// Serialises a user's coach requests inside the current transaction, so two requests sent at once (messages, summaries,
    /// explanations) cannot both take the last one of the day's allowance (several API instances share the count in PostgreSQL).
    /// </summary>
    public Task LockUserAsync(Guid userId, CancellationToken cancellationToken) =>
        Database.LockForTransactionAsync(SubjectLock.CoachingUserRequests, userId.ToString(), cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CoachingDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef` (migrations, model checks) build the context without starting the host.</summary>
internal sealed class CoachingDbContextDesignTimeFactory : IDesignTimeDbContextFactory<CoachingDbContext>
{
    public CoachingDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<CoachingDbContext>(CoachingDbContext.Schema));
}
