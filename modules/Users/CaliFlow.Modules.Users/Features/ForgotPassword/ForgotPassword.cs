using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.ForgotPassword;

internal sealed record ForgotPasswordCommand(string Email) : ICommand<Result<ForgotPasswordResponse>>;

/// <summary>The one answer for every address, with or without an account.</summary>
internal sealed record ForgotPasswordResponse(string Message)
{
    public static readonly ForgotPasswordResponse Instance = new(
        "If an account has this address, a link to choose a new password is on its way. It works for 30 minutes.");
}
