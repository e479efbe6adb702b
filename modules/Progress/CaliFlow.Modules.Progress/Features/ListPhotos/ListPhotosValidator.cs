using FluentValidation;

namespace CaliFlow.Modules.Progress.Features.ListPhotos;

internal sealed class ListPhotosValidator : AbstractValidator<ListPhotosQuery>
{
    public ListPhotosValidator() =>
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null)
            .WithMessage("'to' must not be before 'from'.");
}
