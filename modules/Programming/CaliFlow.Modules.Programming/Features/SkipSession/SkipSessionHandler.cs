using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.SkipSession;

internal sealed class SkipSessionHandler(ProgrammingDbContext db, CacheInvalidation cache, TimeProvider time)
    : ICommandHandler<SkipSessionCommand, Result<SessionResponse>>
{
    public async ValueTask<Result<SessionResponse>> Handle(SkipSessionCommand command, CancellationToken cancellationToken)
    {
        var found = await db.FindChangeableAsync(command.UserId, command.SessionId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var session = found.Value;
        var previous = session.Status;
        session.Skip(string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim(), time.GetUtcNow());
        await PlanMilestones.PublishReachedAsync(db, session, previous, cancellationToken);
        db.Publish(new SessionSkippedIntegrationEvent(command.UserId, session.PlanId, session.Id, session.ScheduledDate));
        cache.Invalidate(ProgrammingCacheKeys.Today(command.UserId));
        return SessionResponse.From(session);
    }
}
