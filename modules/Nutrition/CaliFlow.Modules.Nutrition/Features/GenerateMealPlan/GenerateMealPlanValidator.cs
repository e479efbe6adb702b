using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Nutrition.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Nutrition.Features.GenerateMealPlan;

internal sealed class GenerateMealPlanValidator : AbstractValidator<GenerateMealPlanCommand>
{
    public GenerateMealPlanValidator()
    {
        RuleFor(c => c.Period).NotNull().IsInEnum();
        RuleFor(c => c.MealsPerDay).NotNull().InclusiveBetween(2, 6);
        RuleFor(c => c.Diet).IsInEnum();
        RuleFor(c => c.Allergens).MaxItems(Enum.GetValues<Allergen>().Length).UniqueItems();
        RuleForEach(c => c.Allergens).IsInEnum();
        RuleFor(c => c.ExcludedFoods).MaxItems(100).WithMessage("Exclude at most 100 foods.");
        RuleForEach(c => c.ExcludedFoods).NotEmpty().MaximumLength(80);
        RuleFor(c => c.Seed).InclusiveBetween(0, int.MaxValue);
    }
}
