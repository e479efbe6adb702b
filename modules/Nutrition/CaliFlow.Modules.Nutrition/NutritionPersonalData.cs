using CaliFlow.Modules.Nutrition.Persistence;
using CaliFlow.Modules.Platform.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition;

/// <summary>Targets history, dietary preferences and meal plans.</summary>
internal sealed class NutritionPersonalData(NutritionDbContext db) : IPersonalData
{
    public string Section => "nutrition";

    public async Task<object> ExportAsync(Guid userId, CancellationToken cancellationToken) =>
        new
        {
            targets = await db.NutritionPlans.AsNoTracking().IgnoreQueryFilters()
                .Where(p => p.UserId == userId).OrderBy(p => p.Id).ToListAsync(cancellationToken),
            preferences = await db.DietaryPreferences.AsNoTracking().IgnoreQueryFilters()
                .Where(p => p.UserId == userId).SingleOrDefaultAsync(cancellationToken),
            mealPlans = await db.MealPlans.AsNoTracking().IgnoreQueryFilters()
                .Where(p => p.UserId == userId).OrderBy(p => p.Id).ToListAsync(cancellationToken),
        };

    public async Task PurgeAsync(Guid userId, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.MealPlans.IgnoreQueryFilters().Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.NutritionPlans.IgnoreQueryFilters().Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await db.DietaryPreferences.IgnoreQueryFilters().Where(p => p.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
