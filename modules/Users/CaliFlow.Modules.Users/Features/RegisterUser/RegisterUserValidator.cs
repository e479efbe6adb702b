using CaliFlow.Modules.Users.Auth;
using FluentValidation;

namespace CaliFlow.Modules.Users.Features.RegisterUser;

internal sealed class RegisterUserValidator : AbstractValidator<RegisterUserCommand>
{
    public RegisterUserValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).StrongPassword()
            .Must((command, password) => !string.Equals(password, command.Email, StringComparison.OrdinalIgnoreCase))
            .WithMessage("Password must not be your email.");
    }
}
