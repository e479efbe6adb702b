using System.Data;
using CaliFlow.Modules.Exercises.Domain;
using CaliFlow.Modules.Exercises.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Exercises.Library;

/// <summary>
/// Every library read goes through here: one primary-key read of the committed revision, then the snapshot for that revision
/// from the cache (in-process, then Redis for 24 h, then PostgreSQL). An admin change bumps the revision, so the next read on
/// any instance asks for a new key; nothing stale can be served after the change commits.
/// </summary>
internal sealed class LibraryReader(ExercisesDbContext db, HybridCache cache)
{
    private static readonly HybridCacheEntryOptions SnapshotEntry = new()
    {
        Expiration = TimeSpan.FromHours(24),
        LocalCacheExpiration = TimeSpan.FromHours(24),
        Flags = HybridCacheEntryFlags.None,
    };

    public async Task<LibrarySnapshot> GetAsync(CancellationToken cancellationToken)
    {
        var revision = await db.CurrentRevisionAsync(cancellationToken);
        return await cache.GetOrCreateAsync(
            ExercisesCacheKeys.Library(revision),
            (db, revision),
            static (state, token) => LoadAsync(state.db, token),
            SnapshotEntry,
            cancellationToken: cancellationToken);
    }

    /// <summary>Reads the revision and the rows in one consistent view of the database.</summary>
    private static async ValueTask<LibrarySnapshot> LoadAsync(ExercisesDbContext db, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        var revision = await db.CurrentRevisionAsync(cancellationToken);
        var patterns = await db.Patterns.AsNoTracking()
            .OrderBy(p => p.SortOrder)
            .Select(p => new PatternEntry(p.Id, p.Slug, p.Name, p.Description, p.SortOrder))
            .ToListAsync(cancellationToken);
        var patternSlugs = patterns.ToDictionary(p => p.Id, p => p.Slug);
        var exercises = await db.Exercises.AsNoTracking().ToListAsync(cancellationToken);
        var progressions = await db.Progressions.AsNoTracking()
            .Where(p => p.RetiredAt == null)
            .Select(p => new ProgressionEntry(p.Id, p.FromExerciseId, p.ToExerciseId, p.Rule))
            .ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        return new LibrarySnapshot(
            revision,
            patterns,
            [.. exercises.Select(e => Details(e, patternSlugs[e.PatternId]))],
            progressions);
    }

    public static ExerciseDetails Details(Exercise e, string pattern) => new(
        e.Id, e.Slug, e.Name, pattern, e.Difficulty, e.Equipment, e.PrimaryMuscles, e.SecondaryMuscles, e.Unit, e.PerSide,
        e.BodyweightFraction, e.Instructions, e.Cues, e.CommonMistakes, e.RetiredAt is not null);
}
