using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.VerifyEmail;

/// <param name="Token">The token from the verification mail's link.</param>
internal sealed record VerifyEmailCommand(string Token) : ICommand<Result<Unit>>;
