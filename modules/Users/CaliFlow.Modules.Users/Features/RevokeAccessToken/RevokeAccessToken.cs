using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.RevokeAccessToken;

internal sealed record RevokeAccessTokenCommand(Guid UserId, Guid TokenId) : ICommand<Result<Unit>>;
