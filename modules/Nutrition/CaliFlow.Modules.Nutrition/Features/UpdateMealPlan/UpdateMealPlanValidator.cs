using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Nutrition.Features.UpdateMealPlan;

internal sealed class UpdateMealPlanValidator : AbstractValidator<UpdateMealPlanCommand>
{
    public UpdateMealPlanValidator()
    {
        RuleFor(c => c.Days).NotEmpty().MaxItems(7).WithMessage("A plan has at most 7 days.");
        RuleForEach(c => c.Days).NotNull().SetValidator(new DayValidator());
    }

    private sealed class DayValidator : AbstractValidator<DayInput>
    {
        public DayValidator()
        {
            RuleFor(d => d.Meals).NotEmpty().MaxItems(6).WithMessage("A day has 1 to 6 meals.");
            RuleForEach(d => d.Meals).NotNull().SetValidator(new MealValidator());
        }
    }

    private sealed class MealValidator : AbstractValidator<MealInput>
    {
        public MealValidator()
        {
            RuleFor(m => m.Name).NotEmpty().MaximumLength(40);
            RuleFor(m => m.Items).NotNull().MaxItems(UpdateMealPlanCommand.MaxItemsPerMeal)
                .WithMessage($"A meal has at most {UpdateMealPlanCommand.MaxItemsPerMeal} items.");
            RuleForEach(m => m.Items).NotNull().SetValidator(new ItemValidator());
        }
    }

    private sealed class ItemValidator : AbstractValidator<ItemInput>
    {
        public ItemValidator()
        {
            RuleFor(i => i.Food).NotEmpty().MaximumLength(80);
            RuleFor(i => i).Must(i => (i.Grams is null) != (i.Ounces is null))
                .WithName("grams").WithMessage("Give the amount in grams or in ounces, one of them.");
            RuleFor(i => i.Grams).InclusiveBetween(1, 2000);
            RuleFor(i => i.Ounces).InclusiveBetween(0.1m, 70m);
        }
    }
}
