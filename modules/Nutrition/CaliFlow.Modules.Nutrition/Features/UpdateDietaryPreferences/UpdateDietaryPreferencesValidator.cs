using FluentValidation;

namespace CaliFlow.Modules.Nutrition.Features.UpdateDietaryPreferences;

internal sealed class UpdateDietaryPreferencesValidator : AbstractValidator<UpdateDietaryPreferencesCommand>
{
    public UpdateDietaryPreferencesValidator()
    {
        RuleFor(c => c.Diet).NotNull().IsInEnum();
        RuleForEach(c => c.Allergens).IsInEnum();
        RuleFor(c => c.ExcludedFoods).Must(f => f!.Count <= 100).When(c => c.ExcludedFoods is not null)
            .WithMessage("Exclude at most 100 foods.");
        RuleForEach(c => c.ExcludedFoods).NotEmpty().MaximumLength(80);
    }
}
