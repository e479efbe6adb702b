using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Users.Features.RegisterUser;

internal sealed record RegisterUserCommand(string Email, string Password) : ICommand<Result<RegistrationAcceptedResponse>>;

/// <summary>The same answer whether or not the address already had an account: the mail that follows tells the owner which.</summary>
internal sealed record RegistrationAcceptedResponse(string Message)
{
    public static readonly RegistrationAcceptedResponse Instance = new(
        "Check your inbox: we sent a message to this address to confirm it. You can sign in with your password now.");
}
