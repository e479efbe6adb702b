using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Progress.Persistence;
using CaliFlow.Modules.Progress.Photos;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Progress;

/// <summary>Workout logs, live workouts, other apps' activities, imports, metrics, variation changes and photos (metadata; the files are downloaded through the photo endpoints).</summary>
internal sealed class ProgressPersonalData(ProgressDbContext db, IPhotoStorage photos) : IPersonalData
{
    public string Section => "progress";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        new
        {
            workoutLogs = await db.WorkoutLogs.AsNoTracking().IgnoreQueryFilters()
                .Where(l => l.UserId == userId).Include(l => l.Exercises).AsSplitQuery()
                .OrderBy(l => l.PerformedOn).ToListAsync(cancellationToken),
            liveWorkouts = await db.LiveWorkouts.AsNoTracking().IgnoreQueryFilters()
                .Where(l => l.UserId == userId).Include(l => l.Sets).AsSplitQuery()
                .OrderBy(l => l.StartedAt).ToListAsync(cancellationToken),
            activities = await db.Activities.AsNoTracking()
                .Where(a => a.UserId == userId).OrderBy(a => a.StartedAt).ToListAsync(cancellationToken),
            variationChanges = await db.VariationChanges.AsNoTracking().IgnoreQueryFilters()
                .Where(c => c.UserId == userId).OrderBy(c => c.CreatedAt).ToListAsync(cancellationToken),
            metrics = await db.Metrics.AsNoTracking().IgnoreQueryFilters()
                .Where(m => m.UserId == userId).OrderBy(m => m.RecordedOn).ToListAsync(cancellationToken),
            imports = await db.Imports.AsNoTracking()
                .Where(i => i.UserId == userId).OrderBy(i => i.CreatedAt)
                .Select(i => new { i.Id, i.Format, i.FileName, i.Status, i.Summary, i.TotalWorkouts, i.CreatedWorkouts, i.CreatedAt, i.CompletedAt })
                .ToListAsync(cancellationToken),
            photos = await db.Photos.AsNoTracking().IgnoreQueryFilters()
                .Where(p => p.UserId == userId).OrderBy(p => p.TakenOn)
                .Select(p => new { p.Id, p.TakenOn, p.Pose, p.Notes, p.ContentType, p.Width, p.Height, p.SizeBytes, p.CreatedAt, p.DeletedAt })
                .ToListAsync(cancellationToken),
        };

    /// <summary>Files first, rows after: a crash in between leaves rows whose files are gone, and deleting a missing file is harmless.</summary>
    public async Task PurgeAsync(Guid userId, CancellationToken cancellationToken)
    {
        var files = await db.Photos.AsNoTracking().IgnoreQueryFilters()
            .Where(p => p.UserId == userId)
            .Select(p => new { p.StorageKey, p.ThumbnailKey })
            .ToListAsync(cancellationToken);
        foreach (var file in files)
        {
            await photos.DeleteAsync(file.StorageKey, cancellationToken);
            await photos.DeleteAsync(file.ThumbnailKey, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Photos.IgnoreQueryFilters().Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Imports.Where(i => i.UserId == userId).ExecuteDeleteAsync(cancellationToken); // their waiting workouts go with them (cascade)
        await db.VariationChanges.IgnoreQueryFilters().Where(c => c.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        var live = db.LiveWorkouts.IgnoreQueryFilters().Where(l => l.UserId == userId).Select(l => l.Id);
        await db.LiveSets.Where(s => live.Contains(s.LiveWorkoutId)).ExecuteDeleteAsync(cancellationToken);
        await db.LiveWorkouts.IgnoreQueryFilters().Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Activities.Where(a => a.UserId == userId).ExecuteDeleteAsync(cancellationToken); // before the logs they name
        var logs = db.WorkoutLogs.IgnoreQueryFilters().Where(l => l.UserId == userId).Select(l => l.Id);
        await db.ExerciseLogs.IgnoreQueryFilters().Where(e => logs.Contains(e.WorkoutLogId)).ExecuteDeleteAsync(cancellationToken);
        await db.WorkoutLogs.IgnoreQueryFilters().Where(l => l.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.Metrics.IgnoreQueryFilters().Where(m => m.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.TrainingStats.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
