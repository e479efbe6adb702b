using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Programming.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.Programming.Persistence;

internal sealed class WorkoutPlanConfiguration : IEntityTypeConfiguration<WorkoutPlan>
{
    public void Configure(EntityTypeBuilder<WorkoutPlan> builder)
    {
        builder.ToTable("workout_plans");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.UserId, "ix_workout_plans_user_id").HasDatabaseName("ix_workout_plans_user_id");
        // One active plan per user, enforced by the database even when two requests race.
        builder.HasIndex(p => p.UserId, "ux_workout_plans_one_active").IsUnique().HasFilter("status = 'Active'").HasDatabaseName("ux_workout_plans_one_active");
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Split).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.TimeZone).HasMaxLength(64);
        builder.Property(p => p.TargetSkills).HasJsonbConversion();
        builder.Property(p => p.Inputs).HasJsonbConversion();
        builder.Property(p => p.Mesocycles).HasJsonbConversion();
        builder.HasMany(p => p.Sessions).WithOne().HasForeignKey(s => s.PlanId);
    }
}

internal sealed class WorkoutSessionConfiguration : IEntityTypeConfiguration<WorkoutSession>
{
    public void Configure(EntityTypeBuilder<WorkoutSession> builder)
    {
        builder.ToTable("workout_sessions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => new { s.PlanId, s.Week });
        builder.HasIndex(s => new { s.UserId, s.ScheduledDate });
        builder.Property(s => s.Name).HasMaxLength(50);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.SkipReason).HasMaxLength(500);
        builder.Property(s => s.Adjustments).HasJsonbConversion();
        builder.Property(s => s.WarmUp).HasJsonbListConversion();
        builder.HasMany(s => s.Exercises).WithOne().HasForeignKey(e => e.SessionId);
    }
}

internal sealed class SessionExerciseConfiguration : IEntityTypeConfiguration<SessionExercise>
{
    public void Configure(EntityTypeBuilder<SessionExercise> builder)
    {
        builder.ToTable("workout_session_exercises");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.SessionId);
        builder.Property(e => e.ExerciseSlug).HasMaxLength(80);
        builder.Property(e => e.ExerciseName).HasMaxLength(100);
        builder.Property(e => e.Pattern).HasMaxLength(80);
        builder.Property(e => e.Sets).HasJsonbListConversion();
        builder.Property(e => e.Notes).HasMaxLength(500);
        builder.Property(e => e.Group).HasJsonbConversion();
    }
}

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> builder)
    {
        builder.ToTable("assessments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        // The user's assessments newest first (UUIDv7 ids sort by creation), and the latest one when a plan is generated.
        builder.HasIndex(a => new { a.UserId, a.Id });
        builder.Property(a => a.Results).HasJsonbConversion();
        builder.Property(a => a.Placements).HasJsonbConversion();
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> builder)
    {
        builder.ToTable("calendar_feeds");
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.TokenHash).HasMaxLength(64);
        builder.HasIndex(f => f.TokenHash).IsUnique();
        builder.HasIndex(f => f.UserId).IsUnique();
    }
}
