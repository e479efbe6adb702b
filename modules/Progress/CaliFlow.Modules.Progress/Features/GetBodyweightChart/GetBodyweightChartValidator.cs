using CaliFlow.Modules.Progress.Dates;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.GetBodyweightChart;

internal sealed class GetBodyweightChartValidator : AbstractValidator<GetBodyweightChartQuery>
{
    public GetBodyweightChartValidator(TimeProvider time)
    {
        RuleFor(q => q.From).WithinFilterBounds(time);
        RuleFor(q => q.To).WithinFilterBounds(time);
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
        // Without 'to' the chart ends today where the user is; today in UTC stands for it here (a day either way).
        RuleFor(q => q.From)
            .Must((q, from) => from >= (q.To ?? DateBounds.UtcToday(time)).AddYears(-DateBounds.MaxChartYears))
            .When(q => q.From is not null && (q.To is null || (q.To >= q.From && q.To >= DateBounds.Earliest)))
            .WithMessage($"A chart covers at most {DateBounds.MaxChartYears} years: move 'from' closer to 'to' (today when not given).");
    }
}
