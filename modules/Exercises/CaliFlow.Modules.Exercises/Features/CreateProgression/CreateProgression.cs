using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.CreateProgression;

/// <param name="From">Id or slug of the easier exercise.</param>
/// <param name="To">Id or slug of the harder exercise.</param>
/// <param name="Rule">What unlocks <paramref name="To"/>, measured on <paramref name="From"/>.</param>
internal sealed record CreateProgressionCommand(string From, string To, UnlockRule Rule) : ICommand<Result<ProgressionEdge>>;
