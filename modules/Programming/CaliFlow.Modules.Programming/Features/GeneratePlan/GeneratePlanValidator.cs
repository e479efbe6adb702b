using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Programming.Features.GeneratePlan;

internal sealed class GeneratePlanValidator : AbstractValidator<GeneratePlanCommand>
{
    public GeneratePlanValidator()
    {
        RuleFor(c => c.DaysPerWeek).InclusiveBetween(2, 6);
        RuleFor(c => c.SessionMinutes).InclusiveBetween(20, 180);
        const string weekdays = "Give one or more different weekdays.";
        RuleFor(c => c.PreferredWeekdays).ItemCount(1, 7).WithMessage(weekdays).UniqueItems().WithMessage(weekdays);
        RuleForEach(c => c.PreferredWeekdays).IsInEnum();
        RuleFor(c => c.PreferredWeekdays)
            .Must((c, days) => days!.Distinct().Count() >= c.DaysPerWeek)
            .When(c => c.PreferredWeekdays is { Count: > 0 } && c.DaysPerWeek is not null)
            .WithMessage(c => $"{c.DaysPerWeek} training days a week need at least {c.DaysPerWeek} different weekdays; send more, or leave preferredWeekdays out to have them picked.");
        var skills = $"Give at most {GeneratePlanCommand.MaxTargetSkills} different target skills.";
        RuleFor(c => c.TargetSkills).MaxItems(GeneratePlanCommand.MaxTargetSkills).WithMessage(skills).UniqueItems().WithMessage(skills);
        RuleForEach(c => c.TargetSkills).NotEmpty().MaximumLength(80);
        RuleFor(c => c.CurrentVariations).MaxItems(30)
            .WithMessage("At most one current variation per movement pattern.");
        RuleFor(c => c.CurrentVariations).TextEntries(80);
    }
}
