using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Nutrition.Features.ListPlans;

internal sealed class ListPlansValidator : AbstractValidator<ListPlansQuery>
{
    public ListPlansValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListPlansQuery.MaxLimit);
        RuleFor(q => q.Cursor).MaximumLength(TextRules.MaxCursorLength).Must(c => Guid.TryParse(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("The cursor is not one this API issued; start again without it.");
    }
}
