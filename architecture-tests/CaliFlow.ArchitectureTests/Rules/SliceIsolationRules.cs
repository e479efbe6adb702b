using Mono.Cecil;
using NetArchTest.Rules;

namespace CaliFlow.ArchitectureTests.Rules;

/// <summary>
/// A slice folder (<c>Features/&lt;Slice&gt;/</c>, namespace <c>&lt;Module&gt;.Features.&lt;Slice&gt;</c> and anything below it) holds
/// one request's parts. What two slices need lives in a module-level folder named for what it is, so no slice depends on another
/// and nothing outside the slices depends on one.
/// </summary>
public static class SliceIsolationRules
{
    /// <summary>
    /// Types that depend on a slice they are not part of, under <paramref name="featuresNamespace"/>. NetArchTest searches each
    /// type together with its nested types (async state machines, lambda closures, local functions: where most calls live), so a
    /// use there is charged to the type that holds it; a nested type reported on its own is named by its outermost type.
    /// </summary>
    /// <returns>Examined: the slices found under the namespace.</returns>
    public static RuleResult TypesUsingAnotherSlice(Types types, string featuresNamespace)
    {
        var slices = SliceTypeNames(types, featuresNamespace);
        var offenders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var slice in slices)
        {
            var outsiders = types.That().MeetCustomRule(new OutsideSlice(slice.Key))
                .Should().NotHaveDependencyOnAny([.. slice.Value]);
            offenders.UnionWith(NetArch.FailingTypeNames(outsiders).Select(name => name.Split('+')[0]));
        }

        return RuleResult.Of(slices.Keys, offenders);
    }

    /// <summary>
    /// Each slice's namespace with the full names of its top-level types (a nested type's name starts with its outer type's, and
    /// NetArchTest matches by prefix). Full names, never the bare namespace: "Features.GetPlan" is a prefix of
    /// "Features.GetPlanHistory" too. Compiler-generated top-level types (anonymous types) belong to no slice.
    /// </summary>
    private static Dictionary<string, List<string>> SliceTypeNames(Types types, string featuresNamespace) =>
        types.GetTypes()
            .Where(t => !t.IsNested && !t.FullName!.Contains('<', StringComparison.Ordinal))
            .Select(t => (Slice: SliceOf(t.Namespace, featuresNamespace), Name: t.FullName!))
            .Where(t => t.Slice is not null)
            .GroupBy(t => t.Slice!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(t => t.Name).ToList(), StringComparer.Ordinal);

    /// <summary>"&lt;features&gt;.A" for a namespace at or below it, null outside the slices (the features namespace itself included).</summary>
    private static string? SliceOf(string? @namespace, string featuresNamespace)
    {
        if (@namespace is null || !@namespace.StartsWith(featuresNamespace + ".", StringComparison.Ordinal))
        {
            return null;
        }

        var slice = @namespace[(featuresNamespace.Length + 1)..].Split('.')[0];
        return $"{featuresNamespace}.{slice}";
    }

    /// <summary>Types outside one slice. Cecil gives a nested type no namespace of its own, so its outermost type's counts.</summary>
    private sealed class OutsideSlice(string sliceNamespace) : ICustomRule
    {
        public bool MeetsRule(TypeDefinition type)
        {
            var outermost = type;
            while (outermost.DeclaringType is not null)
            {
                outermost = outermost.DeclaringType;
            }

            return outermost.Namespace != sliceNamespace && !outermost.Namespace.StartsWith(sliceNamespace + ".", StringComparison.Ordinal);
        }
    }
}
