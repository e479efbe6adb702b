using CaliFlow.Modules.Users.Auth;
using FluentValidation;
using Shouldly;

namespace CaliFlow.UnitTests.Users;

public sealed class PasswordRulesTests
{
    private sealed record Input(string Password);

    private sealed class Validator : AbstractValidator<Input>
    {
        public Validator() => RuleFor(i => i.Password).StrongPassword();
    }

    [Theory]
    [InlineData("Str0ng-enough-pass")]
    [InlineData("correct horse battery 9")]
    [InlineData("pullups-and-dips-3")]
    public void Accepts_long_passwords_with_a_letter_and_a_digit(string password) =>
        new Validator().Validate(new Input(password)).IsValid.ShouldBeTrue();

    [Theory]
    [InlineData("", "must not be empty")]
    [InlineData("short1a", "at least 10")]
    [InlineData("0123456789", "letter")]
    [InlineData("only-letters-here", "digit")]
    [InlineData("a1a1a1a1a1a1", "repetitive")]
    [InlineData("Password1234", "breaches")]
    [InlineData("qwertyuiop123", "breaches")]
    public void Refuses_weak_passwords_saying_why(string password, string reason)
    {
        var result = new Validator().Validate(new Input(password));

        result.IsValid.ShouldBeFalse();
        result.Errors.ShouldContain(e => e.ErrorMessage.Contains(reason, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Refuses_passwords_over_the_maximum_length() =>
        new Validator().Validate(new Input(new string('a', PasswordRules.MaxLength) + "1")).IsValid.ShouldBeFalse();
}
