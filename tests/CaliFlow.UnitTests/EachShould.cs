using System.Runtime.CompilerServices;
using Shouldly;

namespace CaliFlow.UnitTests;

/// <summary>
/// Shouldly's <c>ShouldAllBe</c> compiles its expression on every call: inside the property tests' loops (hundreds of plans,
/// every session and set) that compiling took most of the unit run (two tests over 45 s each). This takes a plain delegate
/// and still names the condition and the first item that breaks it.
/// </summary>
internal static class EachShould
{
    public static void EachShouldBe<T>(
        this IEnumerable<T> items,
        Func<T, bool> condition,
        string? customMessage = null,
        [CallerArgumentExpression(nameof(condition))] string conditionText = "")
    {
        foreach (var item in items)
        {
            if (!condition(item))
            {
                throw new ShouldAssertException($"every item should satisfy {conditionText}, but {item} does not. {customMessage}");
            }
        }
    }
}
