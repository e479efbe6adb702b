using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Coaching.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Coaching.Features.SubmitCheckIn;

internal sealed class SubmitCheckInValidator : AbstractValidator<SubmitCheckInCommand>
{
    public SubmitCheckInValidator()
    {
        RuleFor(c => c.Sleep).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Energy).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Soreness).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Stress).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Motivation).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.PerceivedDifficulty).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Id).NotEqual(Guid.Empty).When(c => c.Id is not null);
        RuleFor(c => c.BodyWeightKg).InclusiveBetween(20m, 400m).When(c => c.BodyWeightKg is not null);
        RuleFor(c => c.Notes).MaximumLength(2000);
        RuleFor(c => c.Pain).MaxItems(BodyRegions.LoadedPatterns.Count).ValuesBetween(0, 10);
        RuleForEach(c => c.Pain).ChildRules(pain => pain.RuleFor(p => p.Key).Must(BodyRegions.LoadedPatterns.ContainsKey)
                .WithMessage($"Not a body region; use one of: {string.Join(", ", BodyRegions.Names)}."))
            .OverridePropertyName("pain");
    }
}
