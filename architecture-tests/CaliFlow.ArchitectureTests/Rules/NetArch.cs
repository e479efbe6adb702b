using NetArchTest.Rules;

namespace CaliFlow.ArchitectureTests.Rules;

internal static class NetArch
{
    /// <summary>
    /// Runs a NetArchTest condition over the selected types: the selected types are what was examined, the failing ones
    /// the offenders (nested types named as reflection names them, with '+', not '/').
    /// </summary>
    public static RuleResult Check(PredicateList selected, Func<Conditions, ConditionList> condition) =>
        Check(selected.GetTypes(), condition(selected.Should()));

    public static RuleResult Check(Types all, Func<Conditions, ConditionList> condition) =>
        Check(all.GetTypes(), condition(all.Should()));

    public static IEnumerable<string> FailingTypeNames(ConditionList condition) =>
        condition.GetResult().FailingTypeNames?.Select(name => name.Replace('/', '+')) ?? [];

    private static RuleResult Check(IEnumerable<Type> examined, ConditionList condition) =>
        RuleResult.Of(examined.Select(t => t.FullName!), FailingTypeNames(condition));
}
