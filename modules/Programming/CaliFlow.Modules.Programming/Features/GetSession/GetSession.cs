using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetSession;

internal sealed record GetSessionQuery(Guid UserId, Guid SessionId) : IQuery<Result<SessionResponse>>;
