using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Progress.Dates;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.ListWorkoutLogs;

internal sealed class ListWorkoutLogsValidator : AbstractValidator<ListWorkoutLogsQuery>
{
    public ListWorkoutLogsValidator(TimeProvider time)
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, ListWorkoutLogsQuery.MaxLimit);
        RuleFor(q => q.From).WithinFilterBounds(time);
        RuleFor(q => q.To).WithinFilterBounds(time);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
        RuleFor(q => q.Cursor).MaximumLength(TextRules.MaxCursorLength).Must(c => LogCursor.TryDecode(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("The cursor is not one this API issued; start again without it.");
    }
}
