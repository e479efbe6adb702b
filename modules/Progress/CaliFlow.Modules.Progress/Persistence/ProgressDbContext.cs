using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Progress.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Npgsql;

namespace CaliFlow.Modules.Progress.Persistence;

internal sealed class ProgressDbContext(DbContextOptions<ProgressDbContext> options) : DbContext(options)
{
    public const string Schema = "progress";

    public DbSet<WorkoutLog> WorkoutLogs => Set<WorkoutLog>();

    public DbSet<ExerciseLog> ExerciseLogs => Set<ExerciseLog>();

    public DbSet<VariationChangeRecord> VariationChanges => Set<VariationChangeRecord>();

    public DbSet<ProgressMetric> Metrics => Set<ProgressMetric>();

    public DbSet<ProgressPhoto> Photos => Set<ProgressPhoto>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProgressDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef migrations add` build the model without starting the host.</summary>
internal sealed class ProgressDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ProgressDbContext>
{
    public ProgressDbContext CreateDbContext(string[] args)
    {
        var dataSource = new NpgsqlDataSourceBuilder(PersistenceRegistration.DefaultConnectionString).Build();
        var options = new DbContextOptionsBuilder<ProgressDbContext>().UseModuleNpgsql(dataSource, ProgressDbContext.Schema);
        return new ProgressDbContext((DbContextOptions<ProgressDbContext>)options.Options);
    }
}
