using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaliFlow.Modules.Nutrition.Seeding;

/// <summary>
/// Loads the shipped food table, upserting by slug. A restart with the same content writes nothing (EF updates only values that
/// changed); instances starting together take turns on an advisory lock. Foods the file no longer ships are kept.
/// </summary>
internal sealed partial class FoodSeeder(NutritionDbContext db, ILogger<FoodSeeder> logger) : IReferenceDataSeeder
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var seed = FoodSeedFile.Load();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.LockForTransactionAsync(SingleLock.NutritionFoodSeeding, cancellationToken);

        var foods = await db.Foods.ToDictionaryAsync(f => f.Slug, StringComparer.Ordinal, cancellationToken);
        var added = 0;
        foreach (var source in seed.Foods)
        {
            if (!foods.TryGetValue(source.Slug, out var food))
            {
                food = Food.Create(source.Slug);
                db.Foods.Add(food);
                added++;
            }

            source.ApplyTo(food, seed.PortionOf(source));
        }

        var changed = await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (changed > 0)
        {
            LogSeeded(seed.Version, added, changed - added);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Food table v{Version} loaded: {Added} added, {Updated} updated")]
    private partial void LogSeeded(int version, int added, int updated);
}
