using FluentValidation;

namespace CaliFlow.Modules.Programming.Features.GeneratePlan;

internal sealed class GeneratePlanValidator : AbstractValidator<GeneratePlanCommand>
{
    public GeneratePlanValidator()
    {
        RuleFor(c => c.DaysPerWeek).InclusiveBetween(2, 6);
        RuleFor(c => c.SessionMinutes).InclusiveBetween(20, 180);
        RuleFor(c => c.PreferredWeekdays)
            .Must(d => d!.Count > 0 && d.Distinct().Count() == d.Count).When(c => c.PreferredWeekdays is not null)
            .WithMessage("Give one or more different weekdays.");
        RuleForEach(c => c.PreferredWeekdays).IsInEnum();
        RuleFor(c => c.PreferredWeekdays)
            .Must((c, days) => days!.Distinct().Count() >= c.DaysPerWeek)
            .When(c => c.PreferredWeekdays is { Count: > 0 } && c.DaysPerWeek is not null)
            .WithMessage(c => $"{c.DaysPerWeek} training days a week need at least {c.DaysPerWeek} different weekdays; send more, or leave preferredWeekdays out to have them picked.");
        RuleFor(c => c.TargetSkills)
            .Must(s => s!.Count <= GeneratePlanCommand.MaxTargetSkills && s.Distinct().Count() == s.Count)
            .When(c => c.TargetSkills is not null)
            .WithMessage($"Give at most {GeneratePlanCommand.MaxTargetSkills} different target skills.");
        RuleForEach(c => c.TargetSkills).NotEmpty().MaximumLength(80);
        RuleFor(c => c.CurrentVariations).Must(v => v!.Count <= 30).When(c => c.CurrentVariations is not null)
            .WithMessage("At most one current variation per movement pattern.");
        RuleForEach(c => c.CurrentVariations).ChildRules(pair =>
        {
            pair.RuleFor(p => p.Key).NotEmpty().MaximumLength(80);
            pair.RuleFor(p => p.Value).NotEmpty().MaximumLength(80);
        });
    }
}
