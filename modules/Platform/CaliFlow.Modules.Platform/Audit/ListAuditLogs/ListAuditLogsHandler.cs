using System.Globalization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Mapping;
using CaliFlow.Modules.Platform.Persistence;
using Mapster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.Audit.ListAuditLogs;

internal sealed class ListAuditLogsHandler(PlatformDbContext db) : IQueryHandler<ListAuditLogsQuery, Result<AuditLogPage>>
{
    public async ValueTask<Result<AuditLogPage>> Handle(ListAuditLogsQuery query, CancellationToken cancellationToken)
    {
        var logs = db.AuditLogs.AsNoTracking();
        if (query.ActorId is { } actor)
        {
            logs = logs.Where(a => a.ActorId == actor);
        }

        if (!string.IsNullOrEmpty(query.Action))
        {
            logs = logs.Where(a => a.Action == query.Action);
        }

        if (query.From is { } from)
        {
            logs = logs.Where(a => a.OccurredAt >= from);
        }

        if (query.To is { } to)
        {
            logs = logs.Where(a => a.OccurredAt < to);
        }

        if (TryDecodeCursor(query.Cursor, out var before))
        {
            logs = logs.Where(a => a.Id < before);
        }

        var page = await logs.OrderByDescending(a => a.Id).Take(query.Limit + 1)
            .ProjectToType<AuditLogResponse>(ModuleMappings.Of<AuditLogResponseMapping>())
            .ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new AuditLogPage(page, hasMore ? page[^1].Id.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>The cursor is the last id of the previous page: ids grow in recording order, so "older" is "smaller".</summary>
    public static bool TryDecodeCursor(string? value, out long id)
    {
        id = 0;
        return !string.IsNullOrEmpty(value) && long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out id) && id > 0;
    }
}
