using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Users.AccessTokens;
using CaliFlow.Modules.Users.Persistence;
using Mediator;

namespace CaliFlow.Modules.Users.Features.RevokeAccessToken;

internal sealed class RevokeAccessTokenHandler(UsersDbContext db, AccessTokenRevocation revocation, AuditTrail audit)
    : ICommandHandler<RevokeAccessTokenCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(RevokeAccessTokenCommand command, CancellationToken cancellationToken)
    {
        if (!await revocation.RevokeAsync(command.UserId, command.TokenId, cancellationToken))
        {
            return Error.NotFound("access_token_not_found", "No such access token.");
        }

        audit.Record(db, command.UserId, AuditActions.AccessTokenRevoked, "access_token", command.TokenId.ToString(), "Access token revoked.");
        return Unit.Value;
    }
}
