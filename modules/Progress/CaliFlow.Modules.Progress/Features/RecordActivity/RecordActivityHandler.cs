using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Progress.Activities;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Stats;
using CaliFlow.Modules.Progress.WorkoutLogs;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress.Features.RecordActivity;

internal sealed class RecordActivityHandler(ProgressDbContext db, IUsersQueries users, StatsLedger stats, CacheInvalidation cache)
    : ICommandHandler<RecordActivityCommand, Result<RecordedActivity>>
{
    public async ValueTask<Result<RecordedActivity>> Handle(RecordActivityCommand command, CancellationToken cancellationToken)
    {
        // One writer per user at a time (the stats lock): two sends of one record cannot both create it.
        await db.LockUserStatsAsync(command.UserId, cancellationToken);
        var (source, sourceId, type) = (command.Source!, command.SourceId!.Trim(), command.Type!.Trim().ToLowerInvariant());
        var title = string.IsNullOrWhiteSpace(command.Title) ? null : command.Title.Trim();
        var activity = await db.Activities.SingleOrDefaultAsync(
            a => a.UserId == command.UserId && a.Source == source && a.SourceId == sourceId, cancellationToken);
        if (activity is not null)
        {
            // The match and the date stay as first decided: the session counted once, in one week, and keeps doing so.
            if (activity.Update(type, title, command.StartedAt!.Value, command.EndedAt!.Value))
            {
                await db.SaveChangesAsync(cancellationToken);
            }

            return new RecordedActivity(false, ActivityResponse.From(activity));
        }

        var profile = await users.GetProfileAsync(command.UserId, cancellationToken);
        activity = ExternalActivity.Create(
            command.UserId, source, sourceId, LocalClock.DateAt(command.StartedAt!.Value, profile?.TimeZone ?? "UTC"));
        activity.Update(type, title, command.StartedAt.Value, command.EndedAt!.Value);
        if (await SameSessionLogAsync(activity, cancellationToken) is { } logId)
        {
            activity.MatchTo(logId);
        }
        else
        {
            db.Publish(new ExternalActivityRecordedIntegrationEvent(
                command.UserId, activity.Id, source, activity.PerformedOn, activity.DurationMinutes));
            await stats.AddActivityAsync(activity, cancellationToken);
            cache.Invalidate(ProgressCacheKeys.Stats(command.UserId));
        }

        db.Activities.Add(activity);
        await db.SaveChangesAsync(cancellationToken); // stamps the timestamps the response shows
        return new RecordedActivity(true, ActivityResponse.From(activity));
    }

    /// <summary>The user's log of the same session, if one was written first: the one sharing the most time.</summary>
    private async Task<Guid?> SameSessionLogAsync(ExternalActivity activity, CancellationToken cancellationToken)
    {
        var earliest = activity.StartedAt.AddMinutes(-LogWorkoutCommand.MaxDurationMinutes);
        var candidates = await db.WorkoutLogs.AsNoTracking()
            .Where(l => l.UserId == activity.UserId && l.StartedAt != null && l.StartedAt < activity.EndedAt && l.StartedAt > earliest)
            .ToListAsync(cancellationToken);
        var span = (activity.StartedAt, activity.EndedAt);
        return candidates
            .Where(l => SameSession.Overlap(l.Interval!.Value, span))
            .OrderByDescending(l => SameSession.Shared(l.Interval!.Value, span))
            .Select(l => (Guid?)l.Id)
            .FirstOrDefault();
    }
}
