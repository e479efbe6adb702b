using CaliFlow.Modules.Progress.Dates;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.ListActivities;

internal sealed class ListActivitiesValidator : AbstractValidator<ListActivitiesQuery>
{
    public ListActivitiesValidator(TimeProvider time)
    {
        RuleFor(q => q.From).WithinFilterBounds(time);
        RuleFor(q => q.To).WithinFilterBounds(time);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
