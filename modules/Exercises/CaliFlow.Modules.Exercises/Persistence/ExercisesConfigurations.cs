using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Exercises.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.Exercises.Persistence;

internal sealed class MovementPatternConfiguration : IEntityTypeConfiguration<MovementPattern>
{
    public void Configure(EntityTypeBuilder<MovementPattern> builder)
    {
        builder.ToTable("movement_patterns");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Slug).HasMaxLength(80);
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Description).HasMaxLength(500);
    }
}

internal sealed class ExerciseConfiguration : IEntityTypeConfiguration<Exercise>
{
    public void Configure(EntityTypeBuilder<Exercise> builder)
    {
        builder.ToTable("exercises", t =>
        {
            t.HasCheckConstraint("ck_exercises_difficulty", "difficulty BETWEEN 1 AND 10");
            t.HasCheckConstraint("ck_exercises_bodyweight_fraction", "bodyweight_fraction BETWEEN 0 AND 1.2");
        });
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Slug).HasMaxLength(80);
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.HasIndex(e => e.Name).IsUnique();
        builder.HasOne<MovementPattern>().WithMany().HasForeignKey(e => e.PatternId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => e.PatternId);
        builder.Property(e => e.Equipment).HasJsonbConversion();
        builder.Property(e => e.PrimaryMuscles).HasJsonbConversion();
        builder.Property(e => e.SecondaryMuscles).HasJsonbConversion();
        builder.Property(e => e.Cues).HasJsonbConversion();
        builder.Property(e => e.CommonMistakes).HasJsonbConversion();
        builder.Property(e => e.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.AlternativeEquipment).HasJsonbConversion();
        builder.Property(e => e.BodyweightFraction).HasPrecision(4, 3);
        builder.Property(e => e.Instructions).HasMaxLength(4000);
    }
}

internal sealed class ProgressionConfiguration : IEntityTypeConfiguration<Progression>
{
    public void Configure(EntityTypeBuilder<Progression> builder)
    {
        builder.ToTable("progressions", t => t.HasCheckConstraint("ck_progressions_not_self", "from_exercise_id <> to_exercise_id"));
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasOne<Exercise>().WithMany().HasForeignKey(p => p.FromExerciseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Exercise>().WithMany().HasForeignKey(p => p.ToExerciseId).OnDelete(DeleteBehavior.Restrict);
        // The unique pair also indexes from_exercise_id; to_exercise_id gets its own.
        builder.HasIndex(p => new { p.FromExerciseId, p.ToExerciseId }).IsUnique();
        builder.HasIndex(p => p.ToExerciseId);
        builder.Property(p => p.Rule).HasJsonbConversion();
    }
}

internal sealed class LibrarySeedConfiguration : IEntityTypeConfiguration<LibrarySeed>
{
    public void Configure(EntityTypeBuilder<LibrarySeed> builder)
    {
        builder.ToTable("library_seeds");
        builder.HasKey(s => s.Version);
        builder.Property(s => s.Version).ValueGeneratedNever();
        builder.Property(s => s.ContentHash).HasMaxLength(64);
    }
}

internal sealed class LibraryStateConfiguration : IEntityTypeConfiguration<LibraryState>
{
    public void Configure(EntityTypeBuilder<LibraryState> builder)
    {
        builder.ToTable("library_state", t => t.HasCheckConstraint("ck_library_state_single_row", "id = 1"));
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasData(new { Id = LibraryState.SingletonId, Revision = Guid.Empty });
    }
}

internal sealed class CustomExerciseConfiguration : IEntityTypeConfiguration<CustomExercise>
{
    public void Configure(EntityTypeBuilder<CustomExercise> builder)
    {
        builder.ToTable("custom_exercises");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.OwnerId, e.Slug }).IsUnique();
        builder.Property(e => e.Slug).HasMaxLength(80);
        builder.Property(e => e.Name).HasMaxLength(100);
        builder.Property(e => e.Pattern).HasMaxLength(80);
        builder.Property(e => e.Unit).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.BodyweightFraction).HasPrecision(4, 3);
    }
}
