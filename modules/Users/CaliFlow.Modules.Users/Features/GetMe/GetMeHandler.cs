using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Users.Persistence;
using CaliFlow.Modules.Users.Profiles;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Users.Features.GetMe;

internal sealed class GetMeHandler(UsersDbContext db, HybridCache cache, TimeProvider time)
    : IQueryHandler<GetMeQuery, Result<MeResponse>>
{
    public async ValueTask<Result<MeResponse>> Handle(GetMeQuery query, CancellationToken cancellationToken)
    {
        var me = await cache.GetOrCreateOnRequestAsync(
            UsersCacheKeys.Me(query.UserId),
            async token =>
            {
                var user = await db.Users.AsNoTracking()
                    .Include(u => u.Profile)
                    .Include(u => u.Subscription)
                    .SingleOrDefaultAsync(u => u.Id == query.UserId, token);
                return user is null
                    ? null
                    : new MeResponse(
                        user.Id, user.Email, user.EmailVerifiedAt is not null, user.Role, user.CreatedAt, ProfileResponse.From(user.Profile),
                        user.Subscription.EffectivePlan(time.GetUtcNow()));
            });

        return me is null ? Error.NotFound("user_not_found", "The account no longer exists.") : me;
    }
}
