using FluentValidation;

namespace CaliFlow.Modules.Coaching.Features.ListCheckIns;

internal sealed class ListCheckInsValidator : AbstractValidator<ListCheckInsQuery>
{
    public ListCheckInsValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, ListCheckInsQuery.MaxLimit);
}
