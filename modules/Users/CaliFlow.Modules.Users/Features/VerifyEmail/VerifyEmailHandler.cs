using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.VerifyEmail;

internal sealed class VerifyEmailHandler(UsersDbContext db, CacheInvalidation cache, AuditTrail audit, TimeProvider time)
    : ICommandHandler<VerifyEmailCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(VerifyEmailCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var token = await AccountTokens.FindUsableAsync(db, command.Token, AccountTokenPurpose.VerifyEmail, now, cancellationToken);
        var user = token is null ? null : await db.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, cancellationToken);
        if (token is null || user is null)
        {
            return AccountTokens.InvalidToken;
        }

        token.Consume(now);
        user.VerifyEmail(now);
        audit.Record(db, user.Id, AuditActions.EmailVerified, "user", user.Id.ToString(), "Email address verified through the mailed link.");
        cache.Invalidate(UsersCacheKeys.Me(user.Id));
        return Unit.Value;
    }
}
