using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.GetSyncChanges;

internal sealed class GetSyncChangesValidator : AbstractValidator<GetSyncChangesQuery>
{
    public GetSyncChangesValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, GetSyncChangesQuery.MaxLimit);
        RuleFor(q => q.Since).MaximumLength(TextRules.MaxCursorLength).Must(s => ChangeCursor.TryDecode(s, out _)).When(q => q.Since is not null)
            .WithMessage("The cursor is not one this API issued; sync again from the start.");
    }
}
