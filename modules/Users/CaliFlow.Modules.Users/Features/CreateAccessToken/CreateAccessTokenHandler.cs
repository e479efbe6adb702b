using System.Security.Cryptography;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.AccessTokens;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;

namespace CaliFlow.Modules.Users.Features.CreateAccessToken;

internal sealed class CreateAccessTokenHandler(UsersDbContext db, Reauthentication reauthentication, AuditTrail audit, TimeProvider time)
    : ICommandHandler<CreateAccessTokenCommand, Result<CreatedAccessToken>>
{
    public async ValueTask<Result<CreatedAccessToken>> Handle(CreateAccessTokenCommand command, CancellationToken cancellationToken)
    {
        var user = await db.Users.SingleOrDefaultAsync(u => u.Id == command.UserId, cancellationToken);
        if (user is null)
        {
            return Error.NotFound("user_not_found", "The account no longer exists.");
        }

        if (await reauthentication.CheckAsync(user, command.CurrentPassword, "create an access token", cancellationToken) is { } refused)
        {
            return refused;
        }

        if (await db.AccessTokens.CountAsync(t => t.UserId == user.Id, cancellationToken) >= AccessTokenRules.MaxPerUser)
        {
            return Error.Conflict("too_many_access_tokens", $"At most {AccessTokenRules.MaxPerUser} access tokens per account: revoke one first.");
        }

        var now = time.GetUtcNow();
        var token = AccessToken.Prefix + Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var stored = AccessToken.Issue(user.Id, command.Name.Trim(), token, TokenIssuer.Hash(token), command.Scopes,
            command.ExpiresInDays is { } days ? now.AddDays(days) : null);
        db.AccessTokens.Add(stored);
        audit.Record(db, user.Id, AuditActions.AccessTokenCreated, "access_token", stored.Id.ToString(),
            $"Access token \"{stored.Name}\" created with {string.Join(", ", stored.Scopes)}.");
        return new CreatedAccessToken(stored.Id, stored.Name, token, stored.Scopes, stored.ExpiresAt, now);
    }
}
