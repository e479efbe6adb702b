using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.GetWeeklyVolumeChart;

internal sealed class GetWeeklyVolumeChartValidator : AbstractValidator<GetWeeklyVolumeChartQuery>
{
    public GetWeeklyVolumeChartValidator() =>
        RuleFor(q => q.Measure).Must(m => m is GetWeeklyVolumeChartQuery.Volume or GetWeeklyVolumeChartQuery.Sets).When(q => q.Measure is not null)
            .WithMessage($"Use {GetWeeklyVolumeChartQuery.Volume} or {GetWeeklyVolumeChartQuery.Sets}.");
}
