using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.System.Contracts;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.DeleteAccount;

/// <summary>Soft delete: the account can no longer sign in or refresh; its rows stay for the purge job.</summary>
internal sealed class DeleteAccountHandler(UsersDbContext db, CacheInvalidation cache, AuditTrail audit, TimeProvider time)
    : ICommandHandler<DeleteAccountCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteAccountCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user_not_found", "The account no longer exists.");
        }

        var now = time.GetUtcNow();
        user.Delete(now);
        await db.RefreshTokens
            .Where(t => t.UserId == user.Id && t.RevokedAt == null)
            .ExecuteUpdateAsync(t => t.SetProperty(x => x.RevokedAt, now).SetProperty(x => x.UpdatedAt, now), cancellationToken);
        db.Publish(new UserDeletedIntegrationEvent(user.Id));
        audit.Record(db, user.Id, AuditActions.AccountDeleted, "user", user.Id.ToString(),
            "Account deleted by its owner; personal data is purged after the grace period.");
        cache.Invalidate(UsersCacheKeys.Me(user.Id));
        cache.Invalidate(UsersCacheKeys.Subscription(user.Id));
        return Unit.Value;
    }
}
