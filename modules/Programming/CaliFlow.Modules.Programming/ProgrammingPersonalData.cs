using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Programming.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming;

/// <summary>The user's plans with their sessions and prescriptions, and their placement assessments.</summary>
internal sealed class ProgrammingPersonalData(ProgrammingDbContext db) : IPersonalData
{
    public string Section => "programming";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        new
        {
            plans = await db.Plans.AsNoTracking().IgnoreQueryFilters()
                .Where(p => p.UserId == userId)
                .Include(p => p.Sessions).ThenInclude(s => s.Exercises)
                .AsSplitQuery()
                .OrderBy(p => p.CreatedAt)
                .ToListAsync(cancellationToken),
            assessments = await db.Assessments.AsNoTracking()
                .Where(a => a.UserId == userId)
                .OrderBy(a => a.Id)
                .ToListAsync(cancellationToken),
            calendarFeed = await db.CalendarFeeds.AsNoTracking() // that there is one, never its secret
                .Where(f => f.UserId == userId)
                .Select(f => new { f.CreatedAt })
                .SingleOrDefaultAsync(cancellationToken),
        };

    public async Task PurgeAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sessions = db.Sessions.IgnoreQueryFilters().Where(s => s.UserId == userId).Select(s => s.Id);
        await db.SessionExercises.IgnoreQueryFilters().Where(e => sessions.Contains(e.SessionId)).ExecuteDeleteAsync(cancellationToken);
        await db.Sessions.IgnoreQueryFilters().Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Plans.IgnoreQueryFilters().Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Assessments.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.CalendarFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
