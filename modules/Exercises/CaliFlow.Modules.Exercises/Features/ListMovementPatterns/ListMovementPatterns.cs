using Mediator;

namespace CaliFlow.Modules.Exercises.Features.ListMovementPatterns;

internal sealed record ListMovementPatternsQuery : IQuery<IReadOnlyList<MovementPatternResponse>>;

internal sealed record MovementPatternResponse(string Slug, string Name, string Description, int SortOrder, int ExerciseCount);
