using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Progress.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.Progress.Persistence;

internal sealed class WorkoutLogConfiguration : IEntityTypeConfiguration<WorkoutLog>
{
    public void Configure(EntityTypeBuilder<WorkoutLog> builder)
    {
        builder.ToTable("workout_logs");
        builder.Property(l => l.Id).ValueGeneratedNever();
        // Keyset pages of a user's logs, newest first.
        builder.HasIndex(l => new { l.UserId, l.PerformedOn, l.Id }).IsDescending(false, true, true);
        builder.HasIndex(l => l.SessionId);
        // Delta sync walks a user's changes in (updated_at, id) order.
        builder.HasIndex(l => new { l.UserId, l.UpdatedAt, l.Id });
        builder.Property(l => l.Feeling).HasConversion<string>().HasMaxLength(10);
        builder.Property(l => l.Notes).HasMaxLength(2000);
        builder.Property(l => l.BodyWeightKg).HasPrecision(5, 1);
        builder.Property(l => l.ContentHash).HasMaxLength(64);
        builder.Property(l => l.Changes).HasJsonbListConversion();
        // An imported workout is there once, whatever the number of imports of its file.
        builder.HasIndex(l => new { l.UserId, l.Source, l.SourceId }).IsUnique().HasFilter("source IS NOT NULL");
        builder.Property(l => l.Source).HasMaxLength(20);
        builder.Property(l => l.SourceId).HasMaxLength(300);
        builder.HasMany(l => l.Exercises).WithOne().HasForeignKey(e => e.WorkoutLogId);
    }
}

internal sealed class ExerciseLogConfiguration : IEntityTypeConfiguration<ExerciseLog>
{
    public void Configure(EntityTypeBuilder<ExerciseLog> builder)
    {
        builder.ToTable("exercise_logs");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.WorkoutLogId);
        builder.HasIndex(e => e.ExerciseId);
        builder.Property(e => e.Pattern).HasMaxLength(80);
        builder.Property(e => e.BodyweightFraction).HasPrecision(4, 3);
        builder.Property(e => e.Sets).HasJsonbListConversion();
    }
}

internal sealed class VariationChangeRecordConfiguration : IEntityTypeConfiguration<VariationChangeRecord>
{
    public void Configure(EntityTypeBuilder<VariationChangeRecord> builder)
    {
        builder.ToTable("variation_changes");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.UserId, c.Pattern, c.CreatedAt });
        builder.HasIndex(c => new { c.UserId, c.FromExerciseId });
        builder.HasIndex(c => c.WorkoutLogId);
        builder.Property(c => c.Pattern).HasMaxLength(80);
        builder.Property(c => c.Change).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Reason).HasMaxLength(500);
        builder.HasOne<WorkoutLog>().WithMany().HasForeignKey(c => c.WorkoutLogId);
    }
}

internal sealed class ProgressMetricConfiguration : IEntityTypeConfiguration<ProgressMetric>
{
    public void Configure(EntityTypeBuilder<ProgressMetric> builder)
    {
        builder.ToTable("progress_metrics");
        builder.Property(m => m.Id).ValueGeneratedNever();
        // Readings are listed by user, type and date; the JSONB values are read, not searched.
        builder.HasIndex(m => new { m.UserId, m.Type, m.RecordedOn });
        builder.HasIndex(m => new { m.UserId, m.UpdatedAt, m.Id });
        builder.Property(m => m.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.Data).HasJsonbConversion();
    }
}

internal sealed class ProgressPhotoConfiguration : IEntityTypeConfiguration<ProgressPhoto>
{
    public void Configure(EntityTypeBuilder<ProgressPhoto> builder)
    {
        builder.ToTable("progress_photos");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.UserId, p.TakenOn });
        builder.HasIndex(p => new { p.UserId, p.UpdatedAt, p.Id });
        // The purge job looks only at deleted photos whose files are still there.
        builder.HasIndex(p => p.DeletedAt).HasFilter("deleted_at IS NOT NULL AND purged_at IS NULL")
            .HasDatabaseName("ix_progress_photos_awaiting_purge");
        builder.Property(p => p.Pose).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Notes).HasMaxLength(500);
        builder.Property(p => p.ContentType).HasMaxLength(20);
        builder.Property(p => p.StorageKey).HasMaxLength(200);
        builder.Property(p => p.ThumbnailKey).HasMaxLength(200);
    }
}

internal sealed class TrainingStatsConfiguration : IEntityTypeConfiguration<TrainingStats>
{
    public void Configure(EntityTypeBuilder<TrainingStats> builder)
    {
        builder.ToTable("training_stats");
        builder.HasKey(s => s.UserId);
        builder.Property(s => s.UserId).ValueGeneratedNever();
        builder.Property(s => s.DayRuns).HasJsonbListConversion();
        builder.Property(s => s.Weeks).HasJsonbListConversion();
        builder.Property(s => s.Bests).HasJsonbListConversion();
        builder.Property(s => s.Sessions).HasJsonbListConversion();
    }
}

internal sealed class ExternalActivityConfiguration : IEntityTypeConfiguration<ExternalActivity>
{
    public void Configure(EntityTypeBuilder<ExternalActivity> builder)
    {
        builder.ToTable("external_activities");
        builder.Property(a => a.Id).ValueGeneratedNever();
        // Once per record of the source: a second send finds the first.
        builder.HasIndex(a => new { a.UserId, a.Source, a.SourceId }).IsUnique();
        // The user's activities around a log's time, for matching; and the list by time.
        builder.HasIndex(a => new { a.UserId, a.StartedAt });
        builder.HasIndex(a => a.MatchedLogId);
        builder.Property(a => a.Source).HasMaxLength(20);
        builder.Property(a => a.SourceId).HasMaxLength(200);
        builder.Property(a => a.Type).HasMaxLength(60);
        builder.Property(a => a.Title).HasMaxLength(200);
        builder.HasOne<WorkoutLog>().WithMany().HasForeignKey(a => a.MatchedLogId);
        builder.Ignore(a => a.DurationMinutes);
    }
}

internal sealed class LiveWorkoutConfiguration : IEntityTypeConfiguration<LiveWorkout>
{
    public void Configure(EntityTypeBuilder<LiveWorkout> builder)
    {
        builder.ToTable("live_workouts");
        builder.Property(l => l.Id).ValueGeneratedNever();
        // One workout in progress per user: a second device resumes it rather than starting another.
        builder.HasIndex(l => l.UserId).IsUnique().HasFilter("finished_at IS NULL AND deleted_at IS NULL")
            .HasDatabaseName("ix_live_workouts_one_open_per_user");
        builder.HasIndex(l => new { l.UserId, l.StartedAt });
        // Delta sync walks a user's changes in (updated_at, id) order; the closing job finds open workouts by when they started.
        builder.HasIndex(l => new { l.UserId, l.UpdatedAt, l.Id });
        builder.HasIndex(l => l.StartedAt).HasFilter("finished_at IS NULL AND deleted_at IS NULL").HasDatabaseName("ix_live_workouts_open_by_start");
        builder.Property(l => l.Changes).HasJsonbListConversion();
        builder.HasMany(l => l.Sets).WithOne().HasForeignKey(s => s.LiveWorkoutId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LiveSetConfiguration : IEntityTypeConfiguration<LiveSet>
{
    public void Configure(EntityTypeBuilder<LiveSet> builder)
    {
        builder.ToTable("live_sets");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.LiveWorkoutId);
        // numeric without a scale keeps a value as sent (8, not 8.0), as a log's JSONB sets do: a finished live workout's log
        // reads exactly like the same workout uploaded whole. The validator bounds the values.
        builder.ComplexProperty(s => s.Performed);
    }
}

internal sealed class WorkoutImportConfiguration : IEntityTypeConfiguration<WorkoutImport>
{
    public void Configure(EntityTypeBuilder<WorkoutImport> builder)
    {
        builder.ToTable("workout_imports");
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => i.UserId);
        // The background writer looks only at committed imports still being written.
        builder.HasIndex(i => i.CommittedAt).HasFilter("status = 'Committing'");
        builder.Property(i => i.Format).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.FileName).HasMaxLength(255);
        builder.Property(i => i.WeightUnit).HasMaxLength(2);
        builder.Property(i => i.Summary).HasJsonbConversion();
        builder.Property(i => i.ExerciseChoices).HasJsonbConversion();
        builder.Property(i => i.Problems).HasJsonbConversion();
        builder.HasMany<ImportedWorkout>().WithOne().HasForeignKey(w => w.ImportId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ImportedWorkoutConfiguration : IEntityTypeConfiguration<ImportedWorkout>
{
    public void Configure(EntityTypeBuilder<ImportedWorkout> builder)
    {
        builder.ToTable("imported_workouts");
        builder.HasKey(w => new { w.ImportId, w.Ordinal });
        builder.Property(w => w.Workout).HasJsonbConversion();
    }
}
