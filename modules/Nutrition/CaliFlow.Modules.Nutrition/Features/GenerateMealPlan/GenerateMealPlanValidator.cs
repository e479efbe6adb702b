using FluentValidation;

namespace CaliFlow.Modules.Nutrition.Features.GenerateMealPlan;

internal sealed class GenerateMealPlanValidator : AbstractValidator<GenerateMealPlanCommand>
{
    public GenerateMealPlanValidator()
    {
        RuleFor(c => c.Period).NotNull().IsInEnum();
        RuleFor(c => c.MealsPerDay).NotNull().InclusiveBetween(2, 6);
        RuleFor(c => c.Diet).IsInEnum();
        RuleForEach(c => c.Allergens).IsInEnum();
        RuleFor(c => c.ExcludedFoods).Must(f => f!.Count <= 100).When(c => c.ExcludedFoods is not null)
            .WithMessage("Exclude at most 100 foods.");
        RuleForEach(c => c.ExcludedFoods).NotEmpty().MaximumLength(80);
        RuleFor(c => c.Seed).GreaterThanOrEqualTo(0);
    }
}
