using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Auth;
using Mediator;

namespace CaliFlow.Modules.Users.Features.RefreshTokens;

internal sealed record RefreshTokensCommand(string RefreshToken) : ICommand<Result<TokenResponse>>;
