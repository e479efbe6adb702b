using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Preferences;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.GetDietaryPreferences;

internal sealed record GetDietaryPreferencesQuery(Guid UserId) : IQuery<Result<DietaryPreferencesResponse>>;
