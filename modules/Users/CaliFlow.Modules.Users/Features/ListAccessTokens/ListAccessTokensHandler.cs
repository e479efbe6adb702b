using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.ListAccessTokens;

internal sealed class ListAccessTokensHandler(UsersDbContext db) : IQueryHandler<ListAccessTokensQuery, Result<IReadOnlyList<AccessTokenResponse>>>
{
    public async ValueTask<Result<IReadOnlyList<AccessTokenResponse>>> Handle(ListAccessTokensQuery query, CancellationToken cancellationToken) =>
        await db.AccessTokens.AsNoTracking()
            .Where(t => t.UserId == query.UserId)
            .OrderBy(t => t.CreatedAt)
            .Select(t => new AccessTokenResponse(t.Id, t.Name, t.Hint, t.Scopes, t.ExpiresAt, t.LastUsedAt, t.CreatedAt))
            .ToListAsync(cancellationToken);
}
