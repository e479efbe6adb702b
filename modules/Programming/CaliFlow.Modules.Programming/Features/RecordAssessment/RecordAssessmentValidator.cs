using FluentValidation;

namespace CaliFlow.Modules.Programming.Features.RecordAssessment;

internal sealed class RecordAssessmentValidator : AbstractValidator<RecordAssessmentCommand>
{
    public RecordAssessmentValidator()
    {
        RuleFor(c => c).Must(c => c.Sent().Any()).OverridePropertyName("tests")
            .WithMessage($"Send at least one test: {string.Join(", ", Battery.Tests.Select(t => t.Name))}.");
        RuleFor(c => c.PushUps!).SetValidator(new MaxTestValidator());
        RuleFor(c => c.Rows!).SetValidator(new MaxTestValidator());
        RuleFor(c => c.PullUps!).SetValidator(new MaxTestValidator());
        RuleFor(c => c.Squats!).SetValidator(new MaxTestValidator());
        RuleFor(c => c.GluteBridges!).SetValidator(new MaxTestValidator());
        RuleFor(c => c.Plank!).SetValidator(new MaxTestValidator());
    }

    private sealed class MaxTestValidator : AbstractValidator<MaxTest>
    {
        public MaxTestValidator()
        {
            RuleFor(t => t.Exercise).NotEmpty().MaximumLength(80).When(t => t.Exercise is not null);
            RuleFor(t => t.MaxReps).InclusiveBetween(0, RecordAssessmentCommand.MaxReps);
            RuleFor(t => t.MaxSeconds).InclusiveBetween(0, RecordAssessmentCommand.MaxSeconds);
            RuleFor(t => t.MaxReps).NotNull().When(t => t.MaxSeconds is null)
                .WithMessage("Give maxReps (or maxSeconds for a hold).");
            RuleFor(t => t.MaxSeconds).Null().When(t => t.MaxReps is not null)
                .WithMessage("Give maxReps or maxSeconds, not both.");
        }
    }
}
