using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Nutrition.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.Nutrition.Persistence;

internal sealed class NutritionPlanConfiguration : IEntityTypeConfiguration<NutritionPlan>
{
    public void Configure(EntityTypeBuilder<NutritionPlan> builder)
    {
        builder.ToTable("nutrition_plans");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Ignore(p => p.IsActive);
        builder.Ignore(p => p.Inputs);
        // History pages, newest first (ids are UUIDv7, so id order is creation order).
        builder.HasIndex(p => new { p.UserId, p.Id }).IsDescending(false, true);
        // At most one active plan per user; the advisory lock in the recalculation keeps writers from tripping over it.
        builder.HasIndex(p => p.UserId).IsUnique().HasFilter("superseded_at IS NULL").HasDatabaseName("ux_nutrition_plans_active");
        builder.Property(p => p.Trigger).HasConversion<string>().HasMaxLength(30);
        builder.Property(p => p.Goal).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.DailyActivity).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.WeightSource).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.HeightCm).HasPrecision(5, 1);
        builder.Property(p => p.WeightKg).HasPrecision(5, 1);
        builder.Property(p => p.ActivityFactor).HasPrecision(4, 2);
        builder.Property(p => p.BmrKcal).HasPrecision(6, 1);
        builder.Property(p => p.TdeeKcal).HasPrecision(6, 1);
        builder.Property(p => p.ProteinGPerKg).HasPrecision(4, 2);
        builder.Property(p => p.ProteinReferenceWeightKg).HasPrecision(5, 1);
    }
}

internal sealed class FoodConfiguration : IEntityTypeConfiguration<Food>
{
    public void Configure(EntityTypeBuilder<Food> builder)
    {
        builder.ToTable("foods");
        builder.HasKey(f => f.Slug);
        builder.Property(f => f.Slug).HasMaxLength(80);
        builder.Property(f => f.Name).HasMaxLength(120);
        // Listing order for keyset pages. Name search is ILIKE over ~200 rows: a scan is cheaper than any index at this size.
        builder.HasIndex(f => new { f.Name, f.Slug });
        builder.Property(f => f.Group).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.Diet).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Allergens).HasJsonbConversion();
        builder.Property(f => f.EnergyKcal).HasPrecision(6, 1);
        builder.Property(f => f.ProteinG).HasPrecision(6, 2);
        builder.Property(f => f.FatG).HasPrecision(6, 2);
        builder.Property(f => f.CarbohydrateG).HasPrecision(6, 2);
        builder.Property(f => f.FibreG).HasPrecision(6, 2);
    }
}

internal sealed class DietaryPreferencesConfiguration : IEntityTypeConfiguration<DietaryPreferences>
{
    public void Configure(EntityTypeBuilder<DietaryPreferences> builder)
    {
        builder.ToTable("dietary_preferences");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).ValueGeneratedNever();
        builder.Property(p => p.Diet).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Allergens).HasJsonbConversion();
        builder.Property(p => p.ExcludedFoods).HasJsonbConversion();
    }
}

internal sealed class MealPlanConfiguration : IEntityTypeConfiguration<MealPlan>
{
    public void Configure(EntityTypeBuilder<MealPlan> builder)
    {
        builder.ToTable("meal_plans");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.HasIndex(p => new { p.UserId, p.Id }).IsDescending(false, true);
        builder.Property(p => p.Period).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Diet).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Allergens).HasJsonbConversion();
        builder.Property(p => p.ExcludedFoods).HasJsonbConversion();
        builder.Property(p => p.Days).HasJsonbConversion();
        // Same schema, so a real foreign key: the targets a plan was made for are never deleted.
        builder.HasOne<NutritionPlan>().WithMany().HasForeignKey(p => p.NutritionPlanId);
    }
}
