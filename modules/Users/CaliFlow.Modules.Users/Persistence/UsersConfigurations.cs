using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users.AccessTokens;
using CaliFlow.Modules.Users.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.Users.Persistence;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(254);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(254);
        builder.Property(u => u.PasswordHash).HasMaxLength(200);
        builder.Property(u => u.Role).HasMaxLength(20);
        // A deleted account frees its email for a new registration; its row stays until the purge.
        builder.HasIndex(u => u.NormalizedEmail).IsUnique().HasFilter("deleted_at IS NULL");
        builder.HasOne(u => u.Profile).WithOne().HasForeignKey<UserProfile>(p => p.UserId);
        builder.HasOne(u => u.Subscription).WithOne().HasForeignKey<Subscription>(s => s.UserId);
    }
}

internal sealed class UserProfileConfiguration : IEntityTypeConfiguration<UserProfile>
{
    public void Configure(EntityTypeBuilder<UserProfile> builder)
    {
        builder.ToTable("user_profiles");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.Property(p => p.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.UnitSystem).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.DailyActivity).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.UnfinishedWorkouts).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.TimeZone).HasMaxLength(64);
        builder.Property(p => p.Goals).HasJsonbConversion();
        builder.Property(p => p.Equipment).HasJsonbConversion();
        builder.Property(p => p.PreferredWeekdays).HasJsonbConversion();
        builder.Property(p => p.HeightCm).HasPrecision(5, 1);
        builder.Property(p => p.WeightKg).HasPrecision(5, 1);
    }
}

internal sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasIndex(s => s.UserId).IsUnique();
        builder.Property(s => s.Plan).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasIndex(t => t.FamilyId);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId);
    }
}

internal sealed class AccountTokenConfiguration : IEntityTypeConfiguration<AccountToken>
{
    public void Configure(EntityTypeBuilder<AccountToken> builder)
    {
        builder.ToTable("account_tokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId);
    }
}

internal sealed class AccessTokenConfiguration : IEntityTypeConfiguration<AccessToken>
{
    public void Configure(EntityTypeBuilder<AccessToken> builder)
    {
        builder.ToTable("access_tokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(AccessTokenRules.MaxNameLength);
        builder.Property(t => t.TokenHash).HasMaxLength(64);
        builder.Property(t => t.Hint).HasMaxLength(20);
        builder.HasIndex(t => t.TokenHash).IsUnique();
        builder.HasIndex(t => t.UserId);
        builder.HasOne<User>().WithMany().HasForeignKey(t => t.UserId);
    }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("sign_in_throttles");
        builder.HasKey(t => new { t.Email, t.Client });
        builder.Property(t => t.Email).HasMaxLength(320);
        builder.Property(t => t.Client).HasMaxLength(64);
        builder.HasIndex(t => t.LastFailedAt); // the clean-up's range
    }
}
