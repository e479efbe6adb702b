using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.AccountEmails;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.ResendVerification;

/// <summary>Queues a new verification mail; its link replaces the earlier ones.</summary>
internal sealed class ResendVerificationHandler(UsersDbContext db) : ICommandHandler<ResendVerificationCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(ResendVerificationCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user_not_found", "The account no longer exists.");
        }

        if (user.EmailVerifiedAt is not null)
        {
            return Error.Conflict("email_already_verified", "The email address is already verified.");
        }

        db.Publish(new AccountEmailRequestedIntegrationEvent(user.NormalizedEmail, AccountEmailKind.VerifyEmail));
        return Unit.Value;
    }
}
