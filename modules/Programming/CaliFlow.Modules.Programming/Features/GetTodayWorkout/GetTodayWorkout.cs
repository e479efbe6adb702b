using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetTodayWorkout;

internal sealed record GetTodayWorkoutQuery(Guid UserId) : IQuery<Result<EncodedJson>>;
