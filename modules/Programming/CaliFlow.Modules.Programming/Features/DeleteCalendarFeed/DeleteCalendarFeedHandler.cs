using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.DeleteCalendarFeed;

internal sealed class DeleteCalendarFeedHandler(ProgrammingDbContext db) : ICommandHandler<DeleteCalendarFeedCommand, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteCalendarFeedCommand command, CancellationToken cancellationToken) =>
        await db.CalendarFeeds.Where(f => f.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken) == 0
            ? Error.NotFound("calendar_feed_not_found", "You have no calendar feed.")
            : Unit.Value;
}
