using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Nutrition.Features.ListMealPlans;

internal sealed class ListMealPlansValidator : AbstractValidator<ListMealPlansQuery>
{
    public ListMealPlansValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMealPlansQuery.MaxLimit);
        RuleFor(q => q.Cursor).MaximumLength(TextRules.MaxCursorLength).Must(c => Guid.TryParse(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("The cursor is not one this API issued; start again without it.");
    }
}
