using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Library;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.GetExercise;

internal sealed class GetExerciseHandler(LibraryReader library) : IQueryHandler<GetExerciseQuery, Result<ExerciseDetails>>
{
    public async ValueTask<Result<ExerciseDetails>> Handle(GetExerciseQuery query, CancellationToken cancellationToken)
    {
        var exercise = (await library.GetAsync(cancellationToken)).Find(query.IdOrSlug);
        return exercise is null ? ExerciseErrors.NotFound(query.IdOrSlug) : exercise;
    }
}
