using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Library;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.GetExercise;

/// <summary>By id or slug; retired exercises are found too (old logs show them).</summary>
internal sealed record GetExerciseQuery(string IdOrSlug) : IQuery<Result<ExerciseDetails>>;
