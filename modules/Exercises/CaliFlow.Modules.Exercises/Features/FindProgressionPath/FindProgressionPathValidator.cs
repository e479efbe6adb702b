using FluentValidation;

namespace CaliFlow.Modules.Exercises.Features.FindProgressionPath;

internal sealed class FindProgressionPathValidator : AbstractValidator<FindProgressionPathQuery>
{
    public FindProgressionPathValidator()
    {
        RuleFor(q => q.From).NotEmpty().MaximumLength(80);
        RuleFor(q => q.To).NotEmpty().MaximumLength(80);
    }
}
