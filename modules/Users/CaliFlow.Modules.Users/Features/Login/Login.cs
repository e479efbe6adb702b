using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Auth;
using Mediator;

namespace CaliFlow.Modules.Users.Features.Login;

internal sealed record LoginCommand(string Email, string Password) : ICommand<Result<TokenResponse>>;
