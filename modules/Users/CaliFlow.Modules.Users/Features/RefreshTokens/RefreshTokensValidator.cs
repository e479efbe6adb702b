using FluentValidation;

namespace CaliFlow.Modules.Users.Features.RefreshTokens;

internal sealed class RefreshTokensValidator : AbstractValidator<RefreshTokensCommand>
{
    public RefreshTokensValidator() => RuleFor(c => c.RefreshToken).NotEmpty().MaximumLength(200);
}
