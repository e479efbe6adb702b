using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Targets;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.ListPlans;

/// <param name="Cursor">The <c>nextCursor</c> of the previous page.</param>
internal sealed record ListPlansQuery(Guid UserId, int Limit = ListPlansQuery.DefaultLimit, string? Cursor = null)
    : IQuery<Result<NutritionPlanPage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

/// <summary>Every computation of the user's targets, newest (the active one) first.</summary>
internal sealed record NutritionPlanPage(IReadOnlyList<NutritionPlanResponse> Items, string? NextCursor);
