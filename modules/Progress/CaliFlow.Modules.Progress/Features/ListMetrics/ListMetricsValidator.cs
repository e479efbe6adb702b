using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Dates;
using CaliFlow.Modules.Progress.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.ListMetrics;

internal sealed class ListMetricsValidator : AbstractValidator<ListMetricsQuery>
{
    public ListMetricsValidator(TimeProvider time)
    {
        RuleFor(q => q.Type).OneOf(EnumNames<MetricType>.All)
            .WithMessage($"Use one of: {string.Join(", ", EnumNames<MetricType>.All)}.");
        RuleFor(q => q.From).WithinFilterBounds(time);
        RuleFor(q => q.To).WithinFilterBounds(time);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
    }
}
