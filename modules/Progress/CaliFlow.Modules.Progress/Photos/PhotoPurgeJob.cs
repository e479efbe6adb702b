using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.Modules.Progress.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Progress.Photos;

/// <summary>
/// Removes the files of deleted photos. Rows are claimed with FOR UPDATE SKIP LOCKED, so several instances share the work; the
/// files go before the row is marked, and deleting a missing file is harmless, so a crash in between only means doing it again.
/// </summary>
internal sealed partial class PhotoPurgeJob(
    IServiceScopeFactory scopes, IOptions<PhotoOptions> options, TimeProvider time, ILogger<PhotoPurgeJob> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await BatchLoop.RunAsync(PurgeDueAsync, BatchSize, options.Value.PurgeInterval, time, LogPurgeFailed, stoppingToken);
    }

    /// <summary>Purges one batch of photos whose grace period is over; returns how many.</summary>
    public async Task<int> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - options.Value.PurgeAfter;
        await using var due = await ClaimedBatch.ClaimAsync(
            scopes,
            (ProgressDbContext db) => db.Photos.FromSql($"""
                SELECT * FROM progress.progress_photos
                WHERE deleted_at IS NOT NULL AND deleted_at <= {cutoff} AND purged_at IS NULL
                ORDER BY deleted_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """).IgnoreQueryFilters(),
            cancellationToken);
        var storage = due.Services.GetRequiredService<IPhotoStorage>();
        foreach (var photo in due.Rows)
        {
            await storage.DeleteAsync(photo.StorageKey, cancellationToken);
            await storage.DeleteAsync(photo.ThumbnailKey, cancellationToken);
            photo.MarkPurged(time.GetUtcNow());
        }

        return await due.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Purging deleted progress photos failed")]
    private partial void LogPurgeFailed(Exception exception);
}
