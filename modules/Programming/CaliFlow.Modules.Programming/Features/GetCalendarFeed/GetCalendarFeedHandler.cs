using System.Text;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.CalendarFeeds;
using CaliFlow.Modules.Programming.Domain;
using CaliFlow.Modules.Programming.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.GetCalendarFeed;

/// <summary>
/// The feed's owner's current plan as iCalendar (<see cref="PlanCalendar"/>), built on every read, so it follows the plan's
/// changes at once; an unknown or revoked token, or a deleted account, answers 404.
/// </summary>
internal sealed class GetCalendarFeedHandler(ProgrammingDbContext db, IUsersQueries users) : IQueryHandler<GetCalendarFeedQuery, Result<byte[]>>
{
    private static readonly Error NotFound = Error.NotFound("calendar_feed_not_found", "No such calendar feed: it was replaced or turned off.");
    private static readonly UTF8Encoding Utf8WithoutBom = new(false);

    public async ValueTask<Result<byte[]>> Handle(GetCalendarFeedQuery query, CancellationToken cancellationToken)
    {
        if (query.Token.Length != CalendarFeedTokens.Length || !query.Token.StartsWith(CalendarFeedTokens.Prefix, StringComparison.Ordinal))
        {
            return NotFound;
        }

        var hash = CalendarFeedTokens.Hash(query.Token);
        var userId = await db.CalendarFeeds.Where(f => f.TokenHash == hash).Select(f => (Guid?)f.UserId).SingleOrDefaultAsync(cancellationToken);
        if (userId is null || await users.GetProfileAsync(userId.Value, cancellationToken) is null)
        {
            return NotFound;
        }

        var plan = await db.Plans.AsNoTracking()
            .Where(p => p.UserId == userId && p.Status == PlanStatus.Active)
            .SingleOrDefaultAsync(cancellationToken);
        var sessions = plan is null
            ? []
            : await db.Sessions.AsNoTracking().Include(s => s.Exercises)
                .Where(s => s.PlanId == plan.Id)
                .OrderBy(s => s.ScheduledDate).ThenBy(s => s.Id)
                .ToListAsync(cancellationToken);
        return Utf8WithoutBom.GetBytes(PlanCalendar.Write(plan, sessions));
    }
}
