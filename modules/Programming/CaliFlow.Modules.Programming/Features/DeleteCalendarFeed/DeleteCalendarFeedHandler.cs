using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Programming.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.DeleteCalendarFeed;

internal sealed class DeleteCalendarFeedHandler(ProgrammingDbContext db, AuditTrail audit) : ICommandHandler<DeleteCalendarFeedCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteCalendarFeedCommand command, CancellationToken cancellationToken)
    {
        if (await db.CalendarFeeds.Where(f => f.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken) == 0)
        {
            return Error.NotFound("calendar_feed_not_found", "You have no calendar feed.");
        }

        audit.Record(db, command.UserId, AuditActions.CalendarFeedDeleted, "calendar_feed", null, "Calendar feed turned off.");
        return Unit.Value;
    }
}
