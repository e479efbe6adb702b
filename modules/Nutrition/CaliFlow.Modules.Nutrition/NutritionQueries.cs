using System.Text.Json;
using CaliFlow.Modules.Nutrition.Contracts;
using CaliFlow.Modules.Nutrition.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Nutrition;

/// <summary>The Nutrition module's answers to other modules (<see cref="INutritionQueries"/>), read-only.</summary>
internal sealed class NutritionQueries(NutritionDbContext db) : INutritionQueries
{
    public async Task<NutritionTargets?> GetTargetsAsync(Guid userId, CancellationToken cancellationToken)
    {
        var active = await db.NutritionPlans.AsNoTracking()
            .SingleOrDefaultAsync(p => p.UserId == userId && p.SupersededAt == null, cancellationToken);
        return active is null
            ? null
            : new NutritionTargets(
                JsonNamingPolicy.KebabCaseLower.ConvertName(active.Goal.ToString()),
                active.EnergyKcal,
                active.ProteinG,
                active.FatG,
                active.CarbohydrateG,
                active.FibreG,
                active.WaterMl,
                active.WeightKg,
                active.CreatedAt);
    }
}
