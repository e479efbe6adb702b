using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Progress.LiveWorkouts;

internal sealed class LiveWorkoutOptions
{
    /// <summary>How long a live workout may stay open before it is closed for the user (a phone put away without finishing).</summary>
    public TimeSpan CloseAfter { get; set; } = TimeSpan.FromHours(12);

    public TimeSpan CloseInterval { get; set; } = TimeSpan.FromMinutes(5);
}

/// <summary>
/// Closes live workouts left open past <see cref="LiveWorkoutOptions.CloseAfter"/>, as each user chose in their profile: logged
/// as what was recorded (lasting until the last set), or discarded; one without a set is always discarded. Rows are claimed with
/// FOR UPDATE SKIP LOCKED, so several instances share the work, and a workout being finished by its user at that moment is
/// skipped rather than waited for.
/// </summary>
internal sealed partial class UnfinishedWorkoutCloser(
    IServiceScopeFactory scopes, IOptions<LiveWorkoutOptions> options, TimeProvider time, ILogger<UnfinishedWorkoutCloser> logger)
    : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await BatchLoop.RunAsync(CloseDueAsync, BatchSize, options.Value.CloseInterval, time, LogCloseFailed, stoppingToken);
    }

    /// <summary>Closes one batch of workouts open too long; returns how many.</summary>
    public async Task<int> CloseDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var cutoff = now - options.Value.CloseAfter;
        await using var due = await ClaimedBatch.ClaimAsync(
            scopes,
            (ProgressDbContext db) => db.LiveWorkouts.FromSql($"""
                SELECT * FROM progress.live_workouts
                WHERE finished_at IS NULL AND deleted_at IS NULL AND started_at <= {cutoff}
                ORDER BY started_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """).IgnoreQueryFilters(),
            cancellationToken);
        var db = due.Services.GetRequiredService<ProgressDbContext>();
        var ids = due.Rows.Select(l => l.Id).ToList();
        await db.LiveSets.Where(s => ids.Contains(s.LiveWorkoutId)).LoadAsync(cancellationToken);
        var profiles = await due.Services.GetRequiredService<IUsersQueries>()
            .GetProfilesAsync([.. due.Rows.Select(l => l.UserId).Distinct()], cancellationToken);
        var finisher = due.Services.GetRequiredService<LiveWorkoutFinisher>();
        var transaction = db.Database.CurrentTransaction!;
        foreach (var live in due.Rows)
        {
            // Each workout behind its own savepoint: one that fails is left open for the next run, the others still close.
            await transaction.CreateSavepointAsync("closing", cancellationToken);
            try
            {
                await CloseAsync(db, finisher, live, profiles.GetValueOrDefault(live.UserId)?.UnfinishedWorkouts ?? UnfinishedWorkouts.Log, now, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                await transaction.ReleaseSavepointAsync("closing", cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                await transaction.RollbackToSavepointAsync("closing", cancellationToken);
                LogNotClosed(ex, live.Id);
                // What was saved stays saved; what this workout left pending goes, and the rows still to close are tracked again.
                db.ChangeTracker.Clear();
                foreach (var next in due.Rows.SkipWhile(r => r != live).Skip(1))
                {
                    db.Attach(next);
                }
            }
        }

        var closed = await due.CommitAsync(cancellationToken);
        // The logged workouts changed their users' stats: the cached copies go once the change is committed.
        await due.Services.GetRequiredService<CacheInvalidation>().FlushAsync(cancellationToken);
        return closed;
    }

    /// <summary>Logs it as recorded, lasting until its last set, or discards it.</summary>
    private async Task CloseAsync(
        ProgressDbContext db, LiveWorkoutFinisher finisher, LiveWorkout live, UnfinishedWorkouts choice, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (live.Sets.Count > 0 && choice == UnfinishedWorkouts.Log)
        {
            var lastSet = live.Sets.Max(s => DoneSet.From(s).DoneAt);
            var minutes = (int)Math.Ceiling((lastSet - live.StartedAt).TotalMinutes);
            var logged = await finisher.FinishAsync(live, minutes, null, null, null, now, cancellationToken);
            if (logged.IsSuccess)
            {
                return;
            }

            // The sets were checked as they were recorded, so this is a library change since; keeping the workout open
            // would only retry it forever.
            LogNotLogged(live.Id, logged.Error!.Code);
        }

        db.LiveSets.RemoveRange(live.Sets);
        live.Discard(now);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Closing unfinished live workouts failed")]
    private partial void LogCloseFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Unfinished live workout {LiveWorkoutId} could not be closed; it is tried again next run")]
    private partial void LogNotClosed(Exception exception, Guid liveWorkoutId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Unfinished live workout {LiveWorkoutId} could not be logged ({Code}) and was discarded")]
    private partial void LogNotLogged(Guid liveWorkoutId, string code);
}
