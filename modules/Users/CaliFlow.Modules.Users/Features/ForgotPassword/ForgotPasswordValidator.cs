using CaliFlow.Modules.Users.Auth;
using FluentValidation;

namespace CaliFlow.Modules.Users.Features.ForgotPassword;

internal sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordValidator() => RuleFor(c => c.Email).ValidEmail();
}
