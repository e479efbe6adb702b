using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Coaching.Features.ListMessages;

internal sealed class ListMessagesValidator : AbstractValidator<ListMessagesQuery>
{
    public ListMessagesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListMessagesQuery.MaxLimit);
        RuleFor(q => q.Cursor).MaximumLength(TextRules.MaxCursorLength).Must(c => Guid.TryParse(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("The cursor is not one this API issued; start again without it.");
    }
}
