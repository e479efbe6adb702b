using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Nutrition.Contracts;

/// <summary>New daily targets replaced the user's previous ones (a profile, goal, activity or body-weight change, or a request).</summary>
public sealed record NutritionTargetsChangedIntegrationEvent(Guid UserId, Guid NutritionPlanId, int EnergyKcal, int ProteinG) : IIntegrationEvent;
