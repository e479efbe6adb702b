using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.RecordLiveSet;

internal sealed class RecordLiveSetValidator : AbstractValidator<RecordLiveSetCommand>
{
    public RecordLiveSetValidator()
    {
        RuleFor(c => c.SetId).Must(id => id.Version == 7).OverridePropertyName("setId")
            .WithMessage("The set id must be a UUIDv7 made by the client when the set is done.");
        RuleFor(c => c.Exercise).NotEmpty().MaximumLength(80);
        RuleFor(c => c).Must(c => (c.Reps is null) != (c.HoldSeconds is null))
            .WithName("reps").WithMessage("A set has reps or holdSeconds, one of them.");
        RuleFor(c => c.Reps).InclusiveBetween(0, 1000);
        RuleFor(c => c.HoldSeconds).InclusiveBetween(0, 3600);
        RuleFor(c => c.Rpe).InclusiveBetween(1m, 10m);
        RuleFor(c => c.AddedWeightKg).InclusiveBetween(0m, 500m);
        RuleFor(c => c.AssistanceKg).InclusiveBetween(0m, 500m);
    }
}
