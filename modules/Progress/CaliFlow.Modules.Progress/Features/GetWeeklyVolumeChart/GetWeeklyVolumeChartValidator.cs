using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.GetWeeklyVolumeChart;

internal sealed class GetWeeklyVolumeChartValidator : AbstractValidator<GetWeeklyVolumeChartQuery>
{
    public GetWeeklyVolumeChartValidator() =>
        RuleFor(q => q.Measure).OneOf([GetWeeklyVolumeChartQuery.Volume, GetWeeklyVolumeChartQuery.Sets])
            .WithMessage($"Use {GetWeeklyVolumeChartQuery.Volume} or {GetWeeklyVolumeChartQuery.Sets}.");
}
