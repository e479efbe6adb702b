using NetArchTest.Rules;

namespace CaliFlow.ArchitectureTests.Rules;

internal static class NetArch
{
    /// <summary>The types a NetArchTest condition failed on, named as reflection names them (nested types with '+', not '/').</summary>
    public static IReadOnlyList<string> FailingTypeNames(ConditionList condition) =>
        condition.GetResult().FailingTypeNames?.Select(name => name.Replace('/', '+')).Order().ToList() ?? [];
}
