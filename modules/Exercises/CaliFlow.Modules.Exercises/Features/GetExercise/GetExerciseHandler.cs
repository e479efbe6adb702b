using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Library;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.GetExercise;

internal sealed class GetExerciseHandler(LibraryReader library) : IQueryHandler<GetExerciseQuery, Result<EncodedJson>>
{
    public async ValueTask<Result<EncodedJson>> Handle(GetExerciseQuery query, CancellationToken cancellationToken)
    {
        var snapshot = await library.GetAsync(cancellationToken);
        var exercise = snapshot.Find(query.IdOrSlug);
        return exercise is null
            ? ExerciseErrors.NotFound(query.IdOrSlug)
            : snapshot.Encoded($"exercise:{exercise.Id}", exercise, EncodedJson.Encode);
    }
}
