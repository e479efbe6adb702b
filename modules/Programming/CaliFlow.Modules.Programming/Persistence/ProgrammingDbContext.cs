using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Programming.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaliFlow.Modules.Programming.Persistence;

internal sealed class ProgrammingDbContext(DbContextOptions<ProgrammingDbContext> options) : DbContext(options)
{
    public const string Schema = "programming";

    public DbSet<WorkoutPlan> Plans => Set<WorkoutPlan>();

    public DbSet<WorkoutSession> Sessions => Set<WorkoutSession>();

    public DbSet<SessionExercise> SessionExercises => Set<SessionExercise>();

    public DbSet<Assessment> Assessments => Set<Assessment>();

    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProgrammingDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef` (migrations, model checks) build the context without starting the host.</summary>
internal sealed class ProgrammingDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ProgrammingDbContext>
{
    public ProgrammingDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<ProgrammingDbContext>(ProgrammingDbContext.Schema));
}
