using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Progress.Activities;
using CaliFlow.Modules.Progress.Dates;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.RecordActivity;

internal sealed class RecordActivityValidator : AbstractValidator<RecordActivityCommand>
{
    public RecordActivityValidator(TimeProvider time)
    {
        RuleFor(c => c.Source).NotEmpty().OneOf(ActivitySources.All)
            .WithMessage($"Use one of: {string.Join(", ", ActivitySources.All)}.");
        RuleFor(c => c.SourceId).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Type).NotEmpty().MaximumLength(60);
        RuleFor(c => c.Title).MaximumLength(200);
        RuleFor(c => c.StartedAt).NotNull()
            .Must(s => s is null || s.Value.UtcDateTime >= DateBounds.Earliest.ToDateTime(TimeOnly.MinValue))
            .WithMessage("An activity cannot start before 1900-01-01.")
            .Must(s => s is null || s <= time.GetUtcNow().AddMinutes(5)).WithMessage("An activity cannot start in the future.");
        RuleFor(c => c.EndedAt).NotNull()
            .Must((c, end) => end is null || c.StartedAt is null || end > c.StartedAt).WithMessage("endedAt must come after startedAt.")
            .Must((c, end) => end is null || c.StartedAt is null || end - c.StartedAt <= TimeSpan.FromHours(RecordActivityCommand.MaxHours))
            .WithMessage($"An activity lasts at most {RecordActivityCommand.MaxHours} hours.");
    }
}
