using CaliFlow.Modules.Users.Auth;
using Shouldly;

namespace CaliFlow.UnitTests.Users;

public sealed class BreachedPasswordsTests
{
    [Fact]
    public void The_shipped_list_is_loaded_whole() =>
        BreachedPasswords.Count.ShouldBe(9_110); // the NCSC top 100,000 entries of 10+ printable ASCII characters, lower-cased

    [Theory]
    [InlineData("password1234")]
    [InlineData("PassWord1234")]
    [InlineData("1q2w3e4r5t")]
    [InlineData("#1babygirl")] // entries may begin with "#": nothing after the file's header is taken for a comment
    public void Known_breached_passwords_are_found_whatever_their_case(string password) =>
        BreachedPasswords.Contains(password).ShouldBeTrue();

    [Theory]
    [InlineData("Str0ng-enough-pass")]
    [InlineData("correct horse battery 9")]
    public void Other_passwords_are_not(string password) =>
        BreachedPasswords.Contains(password).ShouldBeFalse();

    [Fact]
    public void The_list_keeps_every_entry_the_length_rule_lets_through() =>
        // Shorter entries were left out of the file because the length rule refuses them first; a lower minimum needs them back.
        BreachedPasswords.ShortestKept.ShouldBeLessThanOrEqualTo(PasswordRules.MinLength);
}
