using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Preferences;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.UpdateDietaryPreferences;

/// <summary>Replaces the preferences; allergens and excluded foods left out mean none.</summary>
internal sealed record UpdateDietaryPreferencesCommand(Diet? Diet, List<Allergen>? Allergens = null, List<string>? ExcludedFoods = null)
    : ICommand<Result<DietaryPreferencesResponse>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}
