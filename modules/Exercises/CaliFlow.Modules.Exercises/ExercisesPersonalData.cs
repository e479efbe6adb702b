using CaliFlow.Modules.Exercises.Persistence;
using CaliFlow.Modules.Platform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises;

/// <summary>The user's own exercises; the library itself holds nothing personal.</summary>
internal sealed class ExercisesPersonalData(ExercisesDbContext db) : IPersonalData
{
    public string Section => "exercises";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        new
        {
            customExercises = await db.CustomExercises.AsNoTracking().Where(e => e.OwnerId == userId).OrderBy(e => e.CreatedAt)
                .Select(e => new { e.Id, e.Slug, e.Name, e.Pattern, e.Unit, e.BodyweightFraction, e.CreatedAt })
                .ToListAsync(cancellationToken),
        };

    public Task PurgeAsync(Guid userId, CancellationToken cancellationToken) =>
        db.CustomExercises.Where(e => e.OwnerId == userId).ExecuteDeleteAsync(cancellationToken);
}
