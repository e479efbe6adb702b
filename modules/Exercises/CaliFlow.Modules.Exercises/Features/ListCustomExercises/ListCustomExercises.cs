using CaliFlow.Modules.Exercises.CustomExercises;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.ListCustomExercises;

internal sealed record ListCustomExercisesQuery(Guid UserId) : IQuery<IReadOnlyList<CustomExerciseResponse>>;
