using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.ExplainExercise;

/// <summary>An explanation of an exercise, the same for everyone: cached per exercise, model and prompt.</summary>
internal sealed record ExplainExerciseRequest(Guid UserId, string Exercise) : IRequest<Result<GeneratedContentResponse>>;
