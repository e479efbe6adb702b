using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.DeleteAccount;

/// <summary>
/// Soft delete, confirmed with the password: the account can no longer sign in or refresh, its access tokens stop working, and
/// its rows stay for the purge job.
/// </summary>
internal sealed class DeleteAccountHandler(
    UsersDbContext db,
    Reauthentication reauthentication,
    Sessions sessions,
    CacheInvalidation cache,
    AuditTrail audit,
    TimeProvider time) : ICommandHandler<DeleteAccountCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteAccountCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user_not_found", "The account no longer exists.");
        }

        if (await reauthentication.CheckAsync(user, command.CurrentPassword, "delete the account", cancellationToken) is { } refused)
        {
            return refused;
        }

        user.Delete(time.GetUtcNow());
        await sessions.EndAllAsync(user.Id, cancellationToken);
        db.Publish(new UserDeletedIntegrationEvent(user.Id));
        audit.Record(db, user.Id, AuditActions.AccountDeleted, "user", user.Id.ToString(),
            "Account deleted by its owner; personal data is purged after the grace period.");
        cache.Invalidate(UsersCacheKeys.Me(user.Id));
        cache.Invalidate(UsersCacheKeys.Subscription(user.Id));
        return Unit.Value;
    }
}
