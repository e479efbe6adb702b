using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.AccessTokens;
using FluentValidation;

namespace CaliFlow.Modules.Users.Features.CreateAccessToken;

internal sealed class CreateAccessTokenValidator : AbstractValidator<CreateAccessTokenCommand>
{
    public CreateAccessTokenValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(AccessTokenRules.MaxNameLength);
        RuleFor(c => c.Scopes).NotEmpty().MaxItems(TokenScopes.All.Count);
        RuleForEach(c => c.Scopes)
            .NotEmpty()
            .MaximumLength(TokenScopes.All.Max(s => s.Length))
            .Must(s => TokenScopes.All.Contains(s))
            .WithMessage($"Unknown scope; one of {string.Join(", ", TokenScopes.All)}.");
        RuleFor(c => c.ExpiresInDays).InclusiveBetween(1, AccessTokenRules.MaxLifetimeDays);
        RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);
    }
}
