using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Nutrition.Contracts;

/// <summary>Read-only questions other modules may ask Nutrition.</summary>
[ReadOnlyContract]
public interface INutritionQueries
{
    /// <summary>The user's active daily targets, or null when the profile does not allow them yet.</summary>
    Task<NutritionTargets?> GetTargetsAsync(Guid userId, CancellationToken cancellationToken);
}

/// <param name="Goal">maintenance, fat-loss, recomposition or muscle-gain.</param>
public sealed record NutritionTargets(
    string Goal,
    int EnergyKcal,
    int ProteinG,
    int FatG,
    int CarbohydrateG,
    int FibreG,
    int WaterMl,
    decimal WeightKg,
    DateTimeOffset CalculatedAt);
