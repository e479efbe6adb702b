using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.Logout;

internal sealed class LogoutHandler(UsersDbContext db, Sessions sessions) : ICommandHandler<LogoutCommand, Result<Unit>>
{
    /// <summary>
    /// Ends the session the refresh token belongs to, and with it that session's access tokens. Idempotent, and silent about
    /// tokens that are not the caller's.
    /// </summary>
    public async ValueTask<Result<Unit>> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        var hash = TokenIssuer.Hash(command.RefreshToken);
        var familyId = await db.RefreshTokens
            .Where(t => t.TokenHash == hash && t.UserId == command.UserId)
            .Select(t => (Guid?)t.FamilyId)
            .SingleOrDefaultAsync(cancellationToken);
        if (familyId is not null)
        {
            await sessions.EndAsync(command.UserId, familyId.Value, cancellationToken);
        }

        return Unit.Value;
    }
}
