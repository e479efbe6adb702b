using FluentValidation;

namespace CaliFlow.Modules.Programming.Features.ListAssessments;

internal sealed class ListAssessmentsValidator : AbstractValidator<ListAssessmentsQuery>
{
    public ListAssessmentsValidator() => RuleFor(q => q.Limit).InclusiveBetween(1, ListAssessmentsQuery.MaxLimit);
}
