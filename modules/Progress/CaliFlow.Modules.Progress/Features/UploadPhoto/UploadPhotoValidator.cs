using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.UploadPhoto;

internal sealed class UploadPhotoValidator : AbstractValidator<UploadPhotoCommand>
{
    public UploadPhotoValidator()
    {
        RuleFor(c => c.Id).Must(id => id is null || id.Value.Version == 7).WithMessage("A client-made id must be a UUIDv7.");
        RuleFor(c => c.File).NotNull().WithMessage("Attach the photo as the form field 'file'.");
        RuleFor(c => c.File!.Length).GreaterThan(0).When(c => c.File is not null).OverridePropertyName("file")
            .WithMessage("The file is empty.");
        RuleFor(c => c.Pose).OneOf(EnumNames<PhotoPose>.All)
            .WithMessage($"Use one of: {string.Join(", ", EnumNames<PhotoPose>.All)}.");
        RuleFor(c => c.Notes).MaximumLength(500);
    }
}
