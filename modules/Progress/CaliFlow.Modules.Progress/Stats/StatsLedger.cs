using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Stats;

/// <summary>Keeps each user's <see cref="TrainingStats"/> row in step with their logs, inside the writing command's transaction.</summary>
internal sealed class StatsLedger(ProgressDbContext db)
{
    /// <summary>Folds a new log into the user's row. A user without one gets it at the next read, built from the whole history.</summary>
    public async Task AddAsync(WorkoutLog log, CancellationToken cancellationToken)
    {
        await db.LockUserStatsAsync(log.UserId, cancellationToken);
        var stats = await db.TrainingStats.SingleOrDefaultAsync(s => s.UserId == log.UserId, cancellationToken);
        stats?.Add(log);
    }

    /// <summary>Folds in another app's activity that is no CaliFlow log: an active day, a session of its week.</summary>
    public async Task AddActivityAsync(ExternalActivity activity, CancellationToken cancellationToken)
    {
        await db.LockUserStatsAsync(activity.UserId, cancellationToken);
        var stats = await db.TrainingStats.SingleOrDefaultAsync(s => s.UserId == activity.UserId, cancellationToken);
        stats?.AddActivity(activity.PerformedOn);
    }

    /// <summary>An edited or deleted log cannot be taken back out of bests and streaks: the row goes, and the next read rebuilds it.</summary>
    public async Task ForgetAsync(Guid userId, CancellationToken cancellationToken)
    {
        await db.LockUserStatsAsync(userId, cancellationToken);
        await db.TrainingStats.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>
    /// The user's row, built from every log (and kept) when there is none. Only for GET /stats, which runs outside any
    /// transaction: it opens its own so that the lock lasts until the row is committed.
    /// </summary>
    public async Task<TrainingStats> GetAsync(Guid userId, CancellationToken cancellationToken)
    {
        var stats = await FindAsync(userId, cancellationToken);
        if (stats is not null)
        {
            return stats;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockUserStatsAsync(userId, cancellationToken);
        // Another request may have built it while this one waited for the lock.
        stats = await FindAsync(userId, cancellationToken);
        if (stats is null)
        {
            stats = TrainingStats.From(userId, await HistoryAsync(userId, cancellationToken), await UnmatchedActivitiesAsync(userId, cancellationToken));
            db.TrainingStats.Add(stats);
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return stats;
    }

    /// <summary>
    /// The user's row, or the history folded in memory and not kept: for other modules' questions, which may come from inside
    /// their own command's transaction on the request's shared connection.
    /// </summary>
    public async Task<TrainingStats> FindOrFoldAsync(Guid userId, CancellationToken cancellationToken) =>
        await FindAsync(userId, cancellationToken)
        ?? TrainingStats.From(userId, await HistoryAsync(userId, cancellationToken), await UnmatchedActivitiesAsync(userId, cancellationToken));

    private Task<TrainingStats?> FindAsync(Guid userId, CancellationToken cancellationToken) =>
        db.TrainingStats.AsNoTracking().SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);

    private Task<List<WorkoutLog>> HistoryAsync(Guid userId, CancellationToken cancellationToken) =>
        db.WorkoutLogs.AsNoTracking().Include(l => l.Exercises).AsSplitQuery()
            .Where(l => l.UserId == userId)
            .ToListAsync(cancellationToken);

    private Task<List<ExternalActivity>> UnmatchedActivitiesAsync(Guid userId, CancellationToken cancellationToken) =>
        db.Activities.AsNoTracking().Where(a => a.UserId == userId && a.MatchedLogId == null).ToListAsync(cancellationToken);
}
