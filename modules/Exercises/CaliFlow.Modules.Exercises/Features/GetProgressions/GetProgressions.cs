using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.GetProgressions;

internal sealed record GetProgressionsQuery(string IdOrSlug) : IQuery<Result<ProgressionChain>>;

/// <summary>
/// The chain around an exercise: every easier step that leads to it and every harder step it leads to, with their distance in
/// steps, and the edges (with unlock rules) between all of them, so a client can draw the tree.
/// </summary>
internal sealed record ProgressionChain(
    ExerciseSummary Exercise,
    IReadOnlyList<ChainStep> Easier,
    IReadOnlyList<ChainStep> Harder,
    IReadOnlyList<ProgressionEdge> Edges);

internal sealed record ChainStep(int Distance, ExerciseSummary Exercise);
