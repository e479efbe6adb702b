namespace CaliFlow.Modules.Nutrition;

internal static class NutritionRoutes
{
    public const string TargetsTag = "Nutrition targets";
    public const string FoodsTag = "Foods";
    public const string MealPlansTag = "Meal plans";
}
