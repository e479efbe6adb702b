using System.Data;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Domain;
using CaliFlow.Modules.Exercises.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;
using Microsoft.Extensions.DependencyInjection;

namespace CaliFlow.Modules.Exercises.Library;

/// <summary>
/// Every library read goes through here: the committed revision, then the snapshot for that revision from the cache (in-process,
/// then Redis for 24 h, then PostgreSQL). An admin change bumps the revision, so a read that knows the new revision asks for a
/// new key. The revision itself is remembered in-process for a few seconds: reading it from PostgreSQL on every request cost a
/// third of a cached read (see bench/). The instance that made a change forgets it on commit; others within those seconds.
/// The module's context is taken from the request's services only when PostgreSQL must be read, so a hit leases none.
/// </summary>
internal sealed class LibraryReader(IServiceProvider services, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions SnapshotEntry = new()
    {
        Expiration = TimeSpan.FromHours(24),
        LocalCacheExpiration = TimeSpan.FromHours(24),
        Flags = HybridCacheEntryFlags.None,
    };

    public static readonly TimeSpan RevisionLifetime = TimeSpan.FromSeconds(5);

    private static readonly HybridCacheEntryOptions RevisionEntry = new()
    {
        Expiration = RevisionLifetime,
        LocalCacheExpiration = RevisionLifetime,
        Flags = HybridCacheEntryFlags.DisableDistributedCache,
    };

    public async Task<LibrarySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var revision = await cache.GetOrCreateOnRequestAsync(
            ExercisesCacheKeys.Revision,
            services,
            static (services, token) => new ValueTask<Guid>(services.GetRequiredService<ExercisesDbContext>().CurrentRevisionAsync(token)),
            RevisionEntry);
        return await cache.GetOrCreateOnRequestAsync(
            ExercisesCacheKeys.Library(revision),
            services,
            static (services, token) => LoadAsync(services.GetRequiredService<ExercisesDbContext>(), token),
            SnapshotEntry);
    }

    /// <summary>
    /// Reads the revision and the rows as one consistent set. Every library change replaces the revision in the same transaction
    /// as its rows, so rows read between two equal readings of the revision belong to it; otherwise a change landed: read again.
    /// (No transaction of its own: this often runs inside another module's command, on the request's one connection.)
    /// </summary>
    private static async ValueTask<LibrarySnapshot> LoadAsync(ExercisesDbContext db, CancellationToken cancellationToken)
    {
        while (true)
        {
            var revision = await db.CurrentRevisionAsync(cancellationToken);
            var patterns = await db.Patterns.AsNoTracking()
                .OrderBy(p => p.SortOrder)
                .Select(p => new PatternEntry(p.Id, p.Slug, p.Name, p.Description, p.SortOrder))
                .ToListAsync(cancellationToken);
            var exercises = await db.Exercises.AsNoTracking().ToListAsync(cancellationToken);
            var progressions = await db.Progressions.AsNoTracking()
                .Where(p => p.RetiredAt == null)
                .Select(p => new ProgressionEntry(p.Id, p.FromExerciseId, p.ToExerciseId, p.Rule))
                .ToListAsync(cancellationToken);
            if (await db.CurrentRevisionAsync(cancellationToken) == revision)
            {
                return Snapshot(revision, patterns, exercises, progressions);
            }
        }
    }

    private static LibrarySnapshot Snapshot(Guid revision, List<PatternEntry> patterns, List<Exercise> exercises, List<ProgressionEntry> progressions)
    {
        var patternSlugs = patterns.ToDictionary(p => p.Id, p => p.Slug);
        return new LibrarySnapshot(
            revision,
            patterns,
            [.. exercises.Select(e => Details(e, patternSlugs[e.PatternId]))],
            progressions);
    }

    public static ExerciseDetails Details(Exercise e, string pattern) => new(
        e.Id, e.Slug, e.Name, pattern, e.Difficulty, e.Equipment, e.PrimaryMuscles, e.SecondaryMuscles, e.Unit, e.PerSide,
        e.BodyweightFraction, e.Instructions, e.Cues, e.CommonMistakes, e.RetiredAt is not null, e.Kind,
        [.. e.AlternativeEquipment.Select(option => (IReadOnlyList<Equipment>)option)]);
}
