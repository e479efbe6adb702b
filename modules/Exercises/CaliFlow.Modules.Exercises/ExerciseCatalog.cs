using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises;

/// <summary>The Exercises module's answers to other modules (<see cref="IExerciseCatalog"/>), served from the cached library.</summary>
internal sealed class ExerciseCatalog(LibraryReader library, ExercisesDbContext db) : IExerciseCatalog
{
    public async Task<IReadOnlyList<ExerciseInfo>> GetByIdsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        return [.. ids.Distinct().Select(id => snapshot.ById.GetValueOrDefault(id)).OfType<ExerciseDetails>().Select(e => e.ToInfo())];
    }

    public async Task<IReadOnlyList<ExerciseInfo>> FindAsync(ExerciseCriteria criteria, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        return [.. snapshot.Live
            .Where(e =>
                (criteria.Pattern is null || e.Pattern == criteria.Pattern) &&
                (criteria.MinDifficulty is null || e.Difficulty >= criteria.MinDifficulty) &&
                (criteria.MaxDifficulty is null || e.Difficulty <= criteria.MaxDifficulty) &&
                (criteria.AvailableEquipment is null || e.DoableWith(criteria.AvailableEquipment)) &&
                (criteria.Muscle is null || e.Works(criteria.Muscle.Value)))
            .Select(e => e.ToInfo())];
    }

    public async Task<ProgressionNeighbours?> GetNeighboursAsync(Guid exerciseId, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        return snapshot.ById.TryGetValue(exerciseId, out var exercise)
            ? new ProgressionNeighbours(
                exercise.ToInfo(),
                [.. snapshot.Easier[exerciseId].Select(p => p.ToInfo())],
                [.. snapshot.Harder[exerciseId].Select(p => p.ToInfo())])
            : null;
    }

    public async Task<ExerciseLibrary> GetLibraryAsync(CancellationToken cancellationToken) => (await library.GetAsync(cancellationToken)).Shared;

    public async Task<IReadOnlyList<ExerciseInfo>> GetCustomAsync(Guid ownerId, IReadOnlyCollection<string> idsOrSlugs, CancellationToken cancellationToken)
    {
        if (idsOrSlugs.Count == 0)
        {
            return [];
        }

        var ids = idsOrSlugs.Select(s => Guid.TryParse(s, out var id) ? id : (Guid?)null).OfType<Guid>().ToList();
        var slugs = idsOrSlugs.Where(s => !Guid.TryParse(s, out _)).ToList();
        var mine = await db.CustomExercises.AsNoTracking()
            .Where(e => e.OwnerId == ownerId && (ids.Contains(e.Id) || slugs.Contains(e.Slug)))
            .ToListAsync(cancellationToken);
        return [.. mine.Select(e => e.ToInfo())];
    }

    public async Task<ExerciseGuidance?> GetGuidanceAsync(Guid exerciseId, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        return snapshot.ById.TryGetValue(exerciseId, out var e) ? new ExerciseGuidance(e.ToInfo(), e.Instructions, e.Cues, e.CommonMistakes) : null;
    }
}
