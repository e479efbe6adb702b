using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Coaching.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.Coaching.Persistence;

internal sealed class CoachMessageConfiguration : IEntityTypeConfiguration<CoachMessage>
{
    public void Configure(EntityTypeBuilder<CoachMessage> builder)
    {
        builder.ToTable("ai_chat_messages");
        builder.Property(m => m.Id).ValueGeneratedNever();
        // History pages, newest first (UUIDv7 ids are in creation order); the allowance counts by (user, requested_at).
        builder.HasIndex(m => new { m.UserId, m.Id }).IsDescending(false, true);
        builder.HasIndex(m => new { m.UserId, m.RequestedAt });
        builder.HasIndex(m => m.ReplyToId);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(m => m.Content).HasMaxLength(20_000);
        builder.Property(m => m.Model).HasMaxLength(100);
        builder.Property(m => m.Intent).HasMaxLength(40);
        builder.Property(m => m.Error).HasMaxLength(500);
        builder.HasOne<CoachMessage>().WithMany().HasForeignKey(m => m.ReplyToId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ContentCacheEntryConfiguration : IEntityTypeConfiguration<ContentCacheEntry>
{
    public void Configure(EntityTypeBuilder<ContentCacheEntry> builder)
    {
        builder.ToTable("ai_content_cache");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => new { e.Kind, e.Subject, e.Model, e.PromptHash }).IsUnique();
        builder.HasIndex(e => e.UserId).HasFilter("user_id IS NOT NULL");
        builder.HasIndex(e => e.ExpiresAt);
        builder.Property(e => e.Kind).HasMaxLength(40);
        builder.Property(e => e.Subject).HasMaxLength(120);
        builder.Property(e => e.Model).HasMaxLength(100);
        builder.Property(e => e.PromptHash).HasMaxLength(64).IsFixedLength();
    }
}

internal sealed class ContentGenerationConfiguration : IEntityTypeConfiguration<ContentGeneration>
{
    public void Configure(EntityTypeBuilder<ContentGeneration> builder)
    {
        builder.ToTable("ai_content_generations");
        builder.Property(g => g.Id).ValueGeneratedNever();
        // The allowance and the burst limit count by (user, requested_at).
        builder.HasIndex(g => new { g.UserId, g.RequestedAt });
        builder.Property(g => g.Kind).HasMaxLength(40);
        builder.Property(g => g.Subject).HasMaxLength(120);
        builder.Property(g => g.Model).HasMaxLength(100);
        builder.Property(g => g.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(g => g.Error).HasMaxLength(500);
    }
}

internal sealed class CheckInConfiguration : IEntityTypeConfiguration<CheckIn>
{
    private static readonly string[] Scores = ["sleep", "energy", "soreness", "stress", "motivation", "perceived_difficulty"];

    public void Configure(EntityTypeBuilder<CheckIn> builder)
    {
        builder.ToTable("check_ins", t =>
        {
            foreach (var score in Scores)
            {
                t.HasCheckConstraint($"ck_check_ins_{score}", $"{score} BETWEEN 1 AND 5");
            }
        });
        builder.Property(c => c.Id).ValueGeneratedNever();
        // One check-in per local day; history newest first.
        builder.HasIndex(c => new { c.UserId, c.Date }).IsUnique().IsDescending(false, true);
        builder.Property(c => c.BodyWeightKg).HasPrecision(5, 1);
        // Read whole with the row (autoregulation, history, export); nothing searches inside it, so no GIN index.
        builder.Property(c => c.Pain).HasJsonbConversion();
        builder.Property(c => c.Adjustments).HasJsonbConversion();
        builder.Property(c => c.Notes).HasMaxLength(2000);
    }
}
