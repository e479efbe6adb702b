using Shouldly;

namespace CaliFlow.ArchitectureTests.Rules;

/// <summary>
/// What a rule looked at and what broke it. A rule that examined nothing holds for any code at all (a renamed folder, a
/// changed interface, an empty catalog row), so holding means both: something was examined and nothing broke the rule.
/// </summary>
public sealed record RuleResult(IReadOnlyList<string> Examined, IReadOnlyList<string> Offenders)
{
    public static RuleResult Of(IEnumerable<string> examined, IEnumerable<string> offenders) =>
        new([.. examined.Order(StringComparer.Ordinal)], [.. offenders.Order(StringComparer.Ordinal)]);

    public void ShouldHold(string because)
    {
        Examined.ShouldNotBeEmpty($"the rule examined nothing, so it proves nothing ({because})");
        Offenders.ShouldBeEmpty(because);
    }
}
