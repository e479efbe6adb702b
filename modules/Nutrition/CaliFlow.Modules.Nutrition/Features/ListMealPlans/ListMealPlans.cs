using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.ListMealPlans;

internal sealed record ListMealPlansQuery(Guid UserId, int Limit = ListMealPlansQuery.DefaultLimit, string? Cursor = null)
    : IQuery<Result<MealPlanPage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

internal sealed record MealPlanPage(IReadOnlyList<MealPlanSummary> Items, string? NextCursor);

internal sealed record MealPlanSummary(
    Guid Id,
    MealPlanPeriod Period,
    int MealsPerDay,
    Diet Diet,
    int TargetEnergyKcal,
    int TargetProteinG,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
