using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.Register;

internal sealed record RegisterUserCommand(string Email, string Password) : ICommand<Result<RegisteredUserResponse>>;

internal sealed record RegisteredUserResponse(Guid Id, string Email);
