using CaliFlow.Modules.Users.Auth;
using FluentValidation;

namespace CaliFlow.Modules.Users.Features.ResetPassword;

internal sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Token).NotEmpty().MaximumLength(100);
        RuleFor(c => c.NewPassword).StrongPassword();
    }
}
