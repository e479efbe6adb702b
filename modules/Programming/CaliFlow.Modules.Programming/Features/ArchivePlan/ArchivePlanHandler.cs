using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.ArchivePlan;

internal sealed class ArchivePlanHandler(ProgrammingDbContext db, CacheInvalidation cache, TimeProvider time)
    : ICommandHandler<ArchivePlanCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(ArchivePlanCommand command, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == command.PlanId && p.UserId == command.UserId, cancellationToken);
        if (plan is null)
        {
            return ProgrammingErrors.PlanNotFound;
        }

        if (plan.Archive(time.GetUtcNow()))
        {
            db.Publish(new PlanArchivedIntegrationEvent(command.UserId, plan.Id));
            cache.Invalidate(ProgrammingCacheKeys.Today(command.UserId));
        }

        return Unit.Value;
    }
}
