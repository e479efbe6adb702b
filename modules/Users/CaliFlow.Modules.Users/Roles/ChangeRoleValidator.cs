using CaliFlow.Modules.Users.Contracts;
using FluentValidation;

namespace CaliFlow.Modules.Users.Roles;

internal sealed class ChangeRoleValidator : AbstractValidator<ChangeRoleCommand>
{
    public ChangeRoleValidator()
    {
        RuleFor(c => c.Email).NotEmpty().MaximumLength(254).EmailAddress();
        RuleFor(c => c.Role).Must(r => r is UserRoles.Admin or UserRoles.Member).WithMessage("The role is admin or member.");
    }
}
