using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using CaliFlow.Modules.Coaching.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Coaching.Features.ListMessages;

internal sealed class ListMessagesHandler(CoachingDbContext db) : IQueryHandler<ListMessagesQuery, Result<MessagePage>>
{
    public async ValueTask<Result<MessagePage>> Handle(ListMessagesQuery query, CancellationToken cancellationToken)
    {
        // Newest first by UUIDv7 id (creation order); the cursor is the last id of the previous page.
        var messages = db.Messages.AsNoTracking().Where(m => m.UserId == query.UserId);
        if (query.Cursor is not null)
        {
            var before = Guid.Parse(query.Cursor);
            messages = messages.Where(m => m.Id.CompareTo(before) < 0);
        }

        var page = await messages.OrderByDescending(m => m.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new MessagePage([.. page.Select(CoachMessageResponse.From)], hasMore ? page[^1].Id.ToString() : null);
    }
}
