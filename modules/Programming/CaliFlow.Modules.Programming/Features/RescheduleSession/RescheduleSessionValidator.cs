using FluentValidation;

namespace CaliFlow.Modules.Programming.Features.RescheduleSession;

internal sealed class RescheduleSessionValidator : AbstractValidator<RescheduleSessionCommand>
{
    public RescheduleSessionValidator() => RuleFor(c => c.Date).NotNull();
}
