using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Roles;

internal sealed class ChangeRoleHandler(UsersDbContext db, Sessions sessions, CacheInvalidation cache, AuditTrail audit)
    : ICommandHandler<ChangeRoleCommand, Result<RoleChanged>>
{
    public async ValueTask<Result<RoleChanged>> Handle(ChangeRoleCommand command, CancellationToken cancellationToken)
    {
        var normalizedEmail = User.Normalize(command.Email);
        var user = await db.Users.SingleOrDefaultAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user_not_found", "No account has this email.");
        }

        // An admin's address is where security notices and exports go: it must be proven to be theirs first.
        if (command.Role == UserRoles.Admin && user.EmailVerifiedAt is null)
        {
            return Error.Conflict(
                "email_not_verified", $"{user.Email} has not verified its email address; only a verified account can be made admin.");
        }

        if (user.Role == command.Role)
        {
            return new RoleChanged(user.Id, user.Email, user.Role, Changed: false);
        }

        var previous = user.Role;
        user.ChangeRole(command.Role);
        if (command.Role != UserRoles.Admin)
        {
            // The role travels in access tokens: end every session so no token keeps powers that were taken away.
            await sessions.EndAllAsync(user.Id, cancellationToken);
        }

        audit.Record(db, null, AuditActions.RoleChanged, "user", user.Id.ToString(),
            $"Role changed from {previous} to {command.Role} by the operator's admin command.");
        cache.Invalidate(UsersCacheKeys.Me(user.Id));
        return new RoleChanged(user.Id, user.Email, user.Role, Changed: true);
    }
}
