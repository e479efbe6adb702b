using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Nutrition.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Nutrition.Features.UpdateDietaryPreferences;

internal sealed class UpdateDietaryPreferencesValidator : AbstractValidator<UpdateDietaryPreferencesCommand>
{
    public UpdateDietaryPreferencesValidator()
    {
        RuleFor(c => c.Diet).NotNull().IsInEnum();
        RuleFor(c => c.Allergens).MaxItems(Enum.GetValues<Allergen>().Length).UniqueItems();
        RuleForEach(c => c.Allergens).IsInEnum();
        RuleFor(c => c.ExcludedFoods).MaxItems(100).WithMessage("Exclude at most 100 foods.");
        RuleForEach(c => c.ExcludedFoods).NotEmpty().MaximumLength(80);
    }
}
