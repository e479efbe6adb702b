using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Exercises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaliFlow.Modules.Exercises.Persistence;

internal sealed class ExercisesDbContext(DbContextOptions<ExercisesDbContext> options) : DbContext(options)
{
    public const string Schema = "exercises";

    public DbSet<MovementPattern> Patterns => Set<MovementPattern>();

    public DbSet<Exercise> Exercises => Set<Exercise>();

    public DbSet<CustomExercise> CustomExercises => Set<CustomExercise>();

    public DbSet<Progression> Progressions => Set<Progression>();

    public DbSet<LibrarySeed> Seeds => Set<LibrarySeed>();

    public DbSet<LibraryState> State => Set<LibraryState>();

    /// <summary>
    /// Starts a change to the library (admin edit or seeding): bumps the revision, which holds the row lock until the transaction
    /// ends, so changes from every API instance queue here and graph checks (no cycles, difficulty order) see a stable graph.
    /// </summary>
    public async Task<Guid> BeginLibraryChangeAsync(CancellationToken cancellationToken) =>
        (await Database.SqlQueryRaw<Guid>(
                "UPDATE exercises.library_state SET revision = gen_random_uuid() WHERE id = 1 RETURNING revision AS \"Value\"")
            .ToListAsync(cancellationToken)).Single();

    /// <summary>The committed revision: what a reader's snapshot must match.</summary>
    public Task<Guid> CurrentRevisionAsync(CancellationToken cancellationToken) =>
        State.AsNoTracking().Where(s => s.Id == LibraryState.SingletonId).Select(s => s.Revision).SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ExercisesDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef` (migrations, model checks) build the context without starting the host.</summary>
internal sealed class ExercisesDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ExercisesDbContext>
{
    public ExercisesDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<ExercisesDbContext>(ExercisesDbContext.Schema));
}
