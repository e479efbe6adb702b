using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Gamification.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.Gamification.Persistence;

internal sealed class GamificationDbContext(DbContextOptions<GamificationDbContext> options) : DbContext(options)
{
    public const string Schema = "gamification";

    public DbSet<Achievement> Achievements => Set<Achievement>();

    public DbSet<UserAchievement> UserAchievements => Set<UserAchievement>();

    public DbSet<UserCounter> Counters => Set<UserCounter>();

    public DbSet<UserStreak> Streaks => Set<UserStreak>();

    public DbSet<CountedFact> CountedFacts => Set<CountedFact>();

    /// <summary>
    /// Serialises the counting of each of <paramref name="userIds"/> until the transaction ends: events from several outboxes
    /// (Progress, Programming, Coaching) are delivered concurrently, and counters and streaks are read, changed and written back.
    /// </summary>
    public Task LockUsersAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken) =>
        Database.LockAllForTransactionAsync(SubjectLock.GamificationUserCounting, [.. userIds.Select(u => u.ToString())], cancellationToken);

    /// <summary>Records facts as counted; returns those that had not been counted before.</summary>
    public async Task<HashSet<(Guid UserId, string Fact)>> CountOnceAsync(
        IReadOnlyList<(Guid UserId, string Fact)> facts, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = facts.Select(f => f.UserId).ToArray();
        var names = facts.Select(f => f.Fact).ToArray();
        var counted = await Database.SqlQuery<NewFact>(
            $"INSERT INTO gamification.counted_facts (user_id, fact, counted_at) SELECT u, f, {now} FROM unnest({users}, {names}) AS t(u, f) ON CONFLICT DO NOTHING RETURNING user_id, fact")
            .ToListAsync(cancellationToken);
        return [.. counted.Select(c => (c.UserId, c.Fact))];
    }

    private sealed record NewFact(Guid UserId, string Fact);

    /// <summary>Writes counters' new values, adding the ones a user did not have yet.</summary>
    public async Task SaveCountersAsync(IReadOnlyList<(Guid UserId, string Key, long Value)> counters, CancellationToken cancellationToken)
    {
        if (counters.Count == 0)
        {
            return;
        }

        var users = counters.Select(c => c.UserId).ToArray();
        var keys = counters.Select(c => c.Key).ToArray();
        var values = counters.Select(c => c.Value).ToArray();
        await Database.ExecuteSqlAsync(
            $"INSERT INTO gamification.user_counters (user_id, key, value) SELECT * FROM unnest({users}, {keys}, {values}) ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value",
            cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(GamificationDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

internal sealed class AchievementConfiguration : IEntityTypeConfiguration<Achievement>
{
    public void Configure(EntityTypeBuilder<Achievement> builder)
    {
        builder.ToTable("achievements");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.HasIndex(a => a.Code).IsUnique();
        builder.Property(a => a.Code).HasMaxLength(60);
        builder.Property(a => a.Name).HasMaxLength(100);
        builder.Property(a => a.Description).HasMaxLength(500);
        builder.Property(a => a.Tier).HasConversion<string>().HasMaxLength(10);
        // Read whole with the definition (a few dozen rows, loaded together); never searched, so no GIN index.
        builder.Property(a => a.Rule).HasJsonbConversion();
    }
}

internal sealed class UserAchievementConfiguration : IEntityTypeConfiguration<UserAchievement>
{
    public void Configure(EntityTypeBuilder<UserAchievement> builder)
    {
        builder.ToTable("user_achievements");
        builder.HasKey(a => new { a.UserId, a.AchievementId });
        // Same schema, so a real foreign key; indexed for the recomputation of one definition over every user.
        builder.HasOne<Achievement>().WithMany().HasForeignKey(a => a.AchievementId);
        builder.HasIndex(a => a.AchievementId);
    }
}

internal sealed class UserCounterConfiguration : IEntityTypeConfiguration<UserCounter>
{
    public void Configure(EntityTypeBuilder<UserCounter> builder)
    {
        builder.ToTable("user_counters");
        builder.HasKey(c => new { c.UserId, c.Key });
        builder.Property(c => c.Key).HasMaxLength(200);
        // A changed definition is recomputed from one counter key over every user.
        builder.HasIndex(c => c.Key);
    }
}

internal sealed class UserStreakConfiguration : IEntityTypeConfiguration<UserStreak>
{
    public void Configure(EntityTypeBuilder<UserStreak> builder)
    {
        builder.ToTable("user_streaks");
        builder.HasKey(s => new { s.UserId, s.Kind });
        builder.Property(s => s.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.Runs).HasJsonbListConversion();
    }
}

internal sealed class CountedFactConfiguration : IEntityTypeConfiguration<CountedFact>
{
    public void Configure(EntityTypeBuilder<CountedFact> builder)
    {
        builder.ToTable("counted_facts");
        builder.HasKey(f => new { f.UserId, f.Fact });
        builder.Property(f => f.Fact).HasMaxLength(120);
    }
}

/// <summary>Lets `dotnet ef` (migrations, model checks) build the context without starting the host.</summary>
internal sealed class GamificationDbContextDesignTimeFactory : IDesignTimeDbContextFactory<GamificationDbContext>
{
    public GamificationDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<GamificationDbContext>(GamificationDbContext.Schema));
}
