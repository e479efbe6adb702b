using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.CheckIns;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.GetCheckIn;

internal sealed record GetCheckInQuery(Guid UserId, Guid CheckInId) : IQuery<Result<CheckInResponse>>;
