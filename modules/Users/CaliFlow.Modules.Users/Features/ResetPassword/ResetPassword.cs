using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.ResetPassword;

/// <param name="Token">The token from the reset mail's link.</param>
internal sealed record ResetPasswordCommand(string Token, string NewPassword) : ICommand<Result<Unit>>;
