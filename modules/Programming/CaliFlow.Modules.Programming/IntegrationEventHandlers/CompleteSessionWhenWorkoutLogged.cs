using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Progress.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.IntegrationEventHandlers;

/// <summary>A workout logged against a planned session completes it; other modules hear it as SessionCompleted.</summary>
internal sealed class CompleteSessionWhenWorkoutLogged(ProgrammingDbContext db, CacheInvalidation cache, TimeProvider time)
    : IIntegrationEventHandler<WorkoutLoggedIntegrationEvent>
{
    public async Task HandleAsync(WorkoutLoggedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.SessionId is not { } sessionId)
        {
            return; // a custom workout, not against the plan
        }

        // Scoped by user as well: a log naming someone else's session changes nothing.
        var session = await db.Sessions.SingleOrDefaultAsync(s => s.Id == sessionId && s.UserId == integrationEvent.UserId, cancellationToken);
        var previous = session?.Status;
        if (session is null || !session.Complete(integrationEvent.WorkoutLogId, time.GetUtcNow()))
        {
            return;
        }

        await PlanMilestones.PublishReachedAsync(db, session, previous!.Value, cancellationToken);

        db.Publish(new SessionCompletedIntegrationEvent(
            session.UserId, session.PlanId, session.Id, session.ScheduledDate, integrationEvent.WorkoutLogId));
        cache.Invalidate(ProgrammingCacheKeys.Today(integrationEvent.UserId));
    }
}
