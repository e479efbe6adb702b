using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.ResendVerification;

internal sealed record ResendVerificationCommand(Guid UserId) : ICommand<Result<Unit>>;
