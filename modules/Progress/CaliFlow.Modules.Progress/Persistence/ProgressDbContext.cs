using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Progress.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaliFlow.Modules.Progress.Persistence;

internal sealed class ProgressDbContext(DbContextOptions<ProgressDbContext> options) : DbContext(options)
{
    public const string Schema = "progress";

    public DbSet<WorkoutLog> WorkoutLogs => Set<WorkoutLog>();

    public DbSet<ExerciseLog> ExerciseLogs => Set<ExerciseLog>();

    public DbSet<VariationChangeRecord> VariationChanges => Set<VariationChangeRecord>();

    public DbSet<ProgressMetric> Metrics => Set<ProgressMetric>();

    public DbSet<ProgressPhoto> Photos => Set<ProgressPhoto>();

    public DbSet<TrainingStats> TrainingStats => Set<TrainingStats>();

    public DbSet<LiveWorkout> LiveWorkouts => Set<LiveWorkout>();

    public DbSet<LiveSet> LiveSets => Set<LiveSet>();

    public DbSet<WorkoutImport> Imports => Set<WorkoutImport>();

    public DbSet<ImportedWorkout> ImportedWorkouts => Set<ImportedWorkout>();

    public DbSet<ExternalActivity> Activities => Set<ExternalActivity>();

    /// <summary>
    /// The user's live workout, locked until the transaction ends: its sets, its finish and its abandonment happen one at a time,
    /// so no set is recorded into a workout that another request is finishing.
    /// </summary>
    public async Task<LiveWorkout?> LockLiveWorkoutAsync(Guid userId, Guid liveWorkoutId, CancellationToken cancellationToken)
    {
        var live = await LiveWorkouts
            .FromSql($"SELECT * FROM progress.live_workouts WHERE id = {liveWorkoutId} AND user_id = {userId} AND deleted_at IS NULL FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (live is not null)
        {
            await Entry(live).Collection(l => l.Sets).LoadAsync(cancellationToken);
        }

        return live;
    }

    /// <summary>
    /// Moves the live workout's updated_at when only its sets changed, as delta sync finds it by that stamp: updating the row
    /// is enough for its trigger (EF never writes the stamp itself, so marking that alone would send nothing).
    /// </summary>
    public void MarkSetsChanged(LiveWorkout live) => Entry(live).State = EntityState.Modified;

    /// <summary>The user's live workout locked as above, while it is still open: what recording, removing and abandoning need.</summary>
    public async Task<Result<LiveWorkout>> LockOpenLiveWorkoutAsync(Guid userId, Guid liveWorkoutId, CancellationToken cancellationToken) =>
        await LockLiveWorkoutAsync(userId, liveWorkoutId, cancellationToken) switch
        {
            null => ProgressErrors.LiveWorkoutNotFound,
            { IsFinished: true } => ProgressErrors.LiveWorkoutFinished,
            var open => open,
        };

    /// <summary>
    /// Serialises changes to one user's <see cref="Domain.TrainingStats"/> inside the current transaction: a log written while the
    /// row is being rebuilt waits, then folds into the rebuilt row instead of being missed by it.
    /// </summary>
    public Task LockUserStatsAsync(Guid userId, CancellationToken cancellationToken) =>
        Database.LockForTransactionAsync(SubjectLock.ProgressUserStats, userId.ToString(), cancellationToken);

    /// <summary>
    /// Serialises one user's photo uploads inside the current transaction, from the quota check to the commit: two uploads at once
    /// cannot both see room for themselves and together go over the quota.
    /// </summary>
    public Task LockUserPhotosAsync(Guid userId, CancellationToken cancellationToken) =>
        Database.LockForTransactionAsync(SubjectLock.ProgressUserPhotos, userId.ToString(), cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProgressDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef` (migrations, model checks) build the context without starting the host.</summary>
internal sealed class ProgressDbContextDesignTimeFactory : IDesignTimeDbContextFactory<ProgressDbContext>
{
    public ProgressDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<ProgressDbContext>(ProgressDbContext.Schema));
}
