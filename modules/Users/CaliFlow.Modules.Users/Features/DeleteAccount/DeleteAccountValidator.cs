using FluentValidation;

namespace CaliFlow.Modules.Users.Features.DeleteAccount;

internal sealed class DeleteAccountValidator : AbstractValidator<DeleteAccountCommand>
{
    public DeleteAccountValidator() => RuleFor(c => c.CurrentPassword).NotEmpty().MaximumLength(256);
}
