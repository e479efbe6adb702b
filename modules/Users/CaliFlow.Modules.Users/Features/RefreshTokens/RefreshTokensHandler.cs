using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.RefreshTokens;

internal sealed class RefreshTokensHandler(UsersDbContext db, TokenIssuer tokens, Sessions sessions, AuditTrail audit, TimeProvider time)
    : ICommandHandler<RefreshTokensCommand, Result<TokenResponse>>
{
    private static readonly Error Invalid = Error.Unauthorized("invalid_refresh_token", "The refresh token is not valid.");

    public async ValueTask<Result<TokenResponse>> Handle(RefreshTokensCommand command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var hash = TokenIssuer.Hash(command.RefreshToken);
        // Locking the row serialises two refreshes of the same token: the second one sees it rotated and is treated as reuse.
        var presented = await db.RefreshTokens
            .FromSql($"SELECT * FROM users.refresh_tokens WHERE token_hash = {hash} FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (presented is null)
        {
            return Invalid;
        }

        if (presented.RevokedAt is not null)
        {
            // A rotated token came back: it was copied. Revoke the whole family so neither copy keeps the session.
            await sessions.EndAsync(presented.UserId, presented.FamilyId, cancellationToken);
            audit.Record(db, presented.UserId, AuditActions.RefreshTokenReused, "session", presented.FamilyId.ToString(),
                "A rotated refresh token was presented again; the whole session was revoked.");
            return Error.Unauthorized("refresh_token_reused", "This refresh token was already used; the session has been signed out.");
        }

        // Past its own expiry, or past the session's absolute end (no link outlives it, however often it was refreshed).
        if (!presented.IsActive(now))
        {
            return Invalid;
        }

        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == presented.UserId, cancellationToken);
        if (user is null)
        {
            return Invalid;
        }

        var (response, successor) = tokens.Continue(user, presented);
        presented.Revoke(now, replacedBy: successor.Id);
        return response;
    }
}
