using CaliFlow.Modules.Exercises.CustomExercises;
using CaliFlow.Modules.Exercises.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Exercises.Features.ListCustomExercises;

internal sealed class ListCustomExercisesHandler(ExercisesDbContext db) : IQueryHandler<ListCustomExercisesQuery, IReadOnlyList<CustomExerciseResponse>>
{
    public async ValueTask<IReadOnlyList<CustomExerciseResponse>> Handle(ListCustomExercisesQuery query, CancellationToken cancellationToken)
    {
        var mine = await db.CustomExercises.AsNoTracking().Where(e => e.OwnerId == query.UserId).OrderBy(e => e.Name).ThenBy(e => e.Id)
            .ToListAsync(cancellationToken);
        return [.. mine.Select(CustomExerciseResponse.From)];
    }
}
