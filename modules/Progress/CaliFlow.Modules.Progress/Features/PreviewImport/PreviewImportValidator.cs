using CaliFlow.Modules.Progress.Imports;
using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.PreviewImport;

internal sealed class PreviewImportValidator : AbstractValidator<PreviewImportCommand>
{
    public PreviewImportValidator()
    {
        RuleFor(c => c.File).NotNull().WithMessage("Send the export as the form field 'file'.");
        RuleFor(c => c.File!.Length)
            .InclusiveBetween(1, HistoryFileReader.MaxBytes)
            .WithMessage($"The file must hold something and be at most {HistoryFileReader.MaxBytes / (1024 * 1024)} MB.")
            .OverridePropertyName("file")
            .When(c => c.File is not null);
        RuleFor(c => c.WeightUnit).OneOf(["kg", "lb"]).WithMessage("Use kg or lb.");
    }
}
