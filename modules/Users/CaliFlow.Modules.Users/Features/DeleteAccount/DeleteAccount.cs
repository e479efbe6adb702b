using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.DeleteAccount;

internal sealed record DeleteAccountCommand(Guid UserId) : ICommand<Result<Unit>>;
