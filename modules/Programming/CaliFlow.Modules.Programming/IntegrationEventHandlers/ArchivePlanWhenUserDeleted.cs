using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.IntegrationEventHandlers;

/// <summary>A deleted account has no active plan; the plan itself is kept for the purge like the rest of the user's data.</summary>
internal sealed class ArchivePlanWhenUserDeleted(ProgrammingDbContext db, CacheInvalidation cache, TimeProvider time)
    : IIntegrationEventHandler<UserDeletedIntegrationEvent>
{
    public async Task HandleAsync(UserDeletedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        var active = await db.Plans.SingleOrDefaultAsync(
            p => p.UserId == integrationEvent.UserId && p.Status == PlanStatus.Active, cancellationToken);
        active?.Archive(time.GetUtcNow());
        cache.Invalidate(ProgrammingCacheKeys.Today(integrationEvent.UserId));
    }
}
