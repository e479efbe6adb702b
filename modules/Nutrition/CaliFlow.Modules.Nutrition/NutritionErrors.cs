using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Nutrition;

internal static class NutritionErrors
{
    public static readonly Error UserNotFound = Error.NotFound("user_not_found", "The account no longer exists.");

    public static readonly Error TargetsNotFound = Error.NotFound(
        "nutrition_targets_not_found",
        "No nutrition targets yet: give sex, dateOfBirth, heightCm and weightKg in PATCH /me/profile (they are computed then), " +
        "or POST /nutrition/plans/recalculate.");

    public static readonly Error NoTargetsForMealPlan = Error.Conflict(
        "nutrition_targets_missing",
        "Meal plans are made from your nutrition targets, and there are none yet: give sex, dateOfBirth, heightCm and weightKg " +
        "in PATCH /me/profile first.");

    public static readonly Error MealPlanNotFound = Error.NotFound("meal_plan_not_found", "No such meal plan among yours.");

    public static readonly Error TargetsUnreachable = Error.Conflict(
        "meal_plan_unreachable",
        "No plan meeting your energy, protein, fat, carbohydrate and fibre targets in ordinary portions can be made from the foods " +
        "your preferences allow; " +
        "allow more protein-rich foods (fewer exclusions) or try other meals per day.");

    public static Error ProfileIncomplete(IEnumerable<string> missing) => Error.Conflict(
        "profile_incomplete",
        $"Nutrition targets need these in the profile (PATCH /me/profile): {string.Join(", ", missing)}. " +
        "A body-weight reading (POST /metrics) also gives the weight.");

    public static Error UnknownFoods(IEnumerable<string> slugs, string field) => Error.Validation(
        "unknown_food", $"Not in the food table (see GET /foods): {string.Join(", ", slugs)}.", field);
}
