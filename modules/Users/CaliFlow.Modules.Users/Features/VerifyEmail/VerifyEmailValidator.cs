using FluentValidation;

namespace CaliFlow.Modules.Users.Features.VerifyEmail;

internal sealed class VerifyEmailValidator : AbstractValidator<VerifyEmailCommand>
{
    public VerifyEmailValidator() => RuleFor(c => c.Token).NotEmpty().MaximumLength(100);
}
