using CaliFlow.Modules.Programming.Planning;
using FluentValidation;

namespace CaliFlow.Modules.Programming.Features.ListPlanSessions;

internal sealed class ListPlanSessionsValidator : AbstractValidator<ListPlanSessionsQuery>
{
    public ListPlanSessionsValidator() => RuleFor(q => q.Week).InclusiveBetween(1, Blocks.Weeks);
}
