using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetExerciseChart;

/// <summary>
/// Best set per day (reps, or seconds for holds) of an exercise and of the variations on its progression chain, with the
/// user's changes of variation marked: the picture of moving up (or down) a progression.
/// </summary>
internal sealed record GetExerciseChartQuery(Guid UserId, string Exercise) : IQuery<Result<string>>;
