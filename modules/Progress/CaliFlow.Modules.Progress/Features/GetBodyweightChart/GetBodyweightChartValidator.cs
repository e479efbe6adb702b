using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.GetBodyweightChart;

internal sealed class GetBodyweightChartValidator : AbstractValidator<GetBodyweightChartQuery>
{
    public GetBodyweightChartValidator() =>
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
}
