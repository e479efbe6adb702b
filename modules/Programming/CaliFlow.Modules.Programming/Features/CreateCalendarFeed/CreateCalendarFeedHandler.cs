using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Programming.CalendarFeeds;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.CreateCalendarFeed;

/// <summary>A new feed token for the user; the previous one (if any) stops working in the same commit.</summary>
internal sealed class CreateCalendarFeedHandler(ProgrammingDbContext db, AuditTrail audit) : ICommandHandler<CreateCalendarFeedCommand, Result<string>>
{
    public async ValueTask<Result<string>> Handle(CreateCalendarFeedCommand command, CancellationToken cancellationToken)
    {
        await db.CalendarFeeds.Where(f => f.UserId == command.UserId).ExecuteDeleteAsync(cancellationToken);
        var token = CalendarFeedTokens.New();
        var feed = CalendarFeed.Issue(command.UserId, CalendarFeedTokens.Hash(token));
        db.CalendarFeeds.Add(feed);
        audit.Record(db, command.UserId, AuditActions.CalendarFeedCreated, "calendar_feed", feed.Id.ToString(),
            "Calendar feed address made; any earlier one stopped working.");
        return token;
    }
}
