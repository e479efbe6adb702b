using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.ChangePassword;

internal sealed class ChangePasswordHandler(
    UsersDbContext db,
    IPasswordHasher<User> hasher,
    Reauthentication reauthentication,
    Sessions sessions,
    AuditTrail audit) : ICommandHandler<ChangePasswordCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user_not_found", "The account no longer exists.");
        }

        if (await reauthentication.CheckAsync(user, command.CurrentPassword, "change the password", cancellationToken) is { } refused)
        {
            return refused;
        }

        user.ChangePassword(hasher.HashPassword(user, command.NewPassword));
        await sessions.EndAllAsync(user.Id, cancellationToken, except: command.SessionId);
        audit.Record(db, user.Id, AuditActions.PasswordChanged, "user", user.Id.ToString(),
            "Password changed; the account's other sessions were signed out.");
        return Unit.Value;
    }
}
