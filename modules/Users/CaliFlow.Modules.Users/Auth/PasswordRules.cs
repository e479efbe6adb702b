using FluentValidation;

namespace CaliFlow.Modules.Users.Auth;

internal static class PasswordRules
{
    public const int MinLength = 10;
    public const int MaxLength = 128;

    /// <summary>
    /// Length first (NIST 800-63B), plus a letter and a digit so that a plain word or a PIN is refused, and nothing from the
    /// breached-password list. Every slice that sets a password (register, change, reset) uses this one rule.
    /// </summary>
    public static IRuleBuilderOptions<T, string> StrongPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule
            .NotEmpty()
            .MinimumLength(MinLength)
            .MaximumLength(MaxLength)
            .Must(p => p is null || p.Any(char.IsLetter)).WithMessage("Password must contain a letter.")
            .Must(p => p is null || p.Any(char.IsDigit)).WithMessage("Password must contain a digit.")
            .Must(p => p is null || p.Distinct().Count() >= 4).WithMessage("Password is too repetitive.")
            .Must(p => p is null || !BreachedPasswords.Contains(p))
            .WithMessage("This password appears in lists of passwords leaked in data breaches, which attackers try first; choose another.");
}

internal static class EmailRules
{
    public static IRuleBuilderOptions<T, string> ValidEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().MaximumLength(254).EmailAddress();
}
