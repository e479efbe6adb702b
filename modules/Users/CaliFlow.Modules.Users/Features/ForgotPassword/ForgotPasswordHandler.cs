using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.AccountEmails;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Mediator;

namespace CaliFlow.Modules.Users.Features.ForgotPassword;

/// <summary>
/// Queues a reset mail for the address without looking it up: the request does the same work for any address, so neither its
/// answer nor its timing tells whether an account exists. The sender finds the account, or finds none and sends nothing.
/// </summary>
internal sealed class ForgotPasswordHandler(UsersDbContext db) : ICommandHandler<ForgotPasswordCommand, Result<ForgotPasswordResponse>>
{
    public ValueTask<Result<ForgotPasswordResponse>> Handle(ForgotPasswordCommand command, CancellationToken cancellationToken)
    {
        db.Publish(new AccountEmailRequestedIntegrationEvent(User.Normalize(command.Email), AccountEmailKind.ResetPassword));
        return ValueTask.FromResult<Result<ForgotPasswordResponse>>(ForgotPasswordResponse.Instance);
    }
}
