using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.GetExercise;

/// <summary>By id or slug; retired exercises are found too (old logs show them).</summary>
internal sealed record GetExerciseQuery(string IdOrSlug) : IQuery<Result<EncodedJson>>;
