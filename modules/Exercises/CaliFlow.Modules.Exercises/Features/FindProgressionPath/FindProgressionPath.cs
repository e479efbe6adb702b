using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.FindProgressionPath;

/// <param name="From">Id or slug of where the user is now.</param>
/// <param name="To">Id or slug of the target skill.</param>
internal sealed record FindProgressionPathQuery(string? From, string? To) : IQuery<Result<ProgressionPath>>;

/// <summary>The fewest steps from one exercise to another, in order, with the rule that unlocks each step.</summary>
internal sealed record ProgressionPath(IReadOnlyList<ExerciseSummary> Steps, IReadOnlyList<ProgressionEdge> Edges);
