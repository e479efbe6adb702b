using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.SyncWorkoutLogs;

/// <summary>Checks the batch as a whole; each log is validated on its own by the handler, so one bad log fails only itself.</summary>
internal sealed class SyncWorkoutLogsValidator : AbstractValidator<SyncWorkoutLogsCommand>
{
    public SyncWorkoutLogsValidator() =>
        RuleFor(c => c.Logs).NotEmpty().MaxItems(SyncWorkoutLogsCommand.MaxLogs)
            .WithMessage($"Send at most {SyncWorkoutLogsCommand.MaxLogs} logs at once.");
}
