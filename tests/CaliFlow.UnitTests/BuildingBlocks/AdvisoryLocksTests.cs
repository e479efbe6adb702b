using System.Reflection;
using CaliFlow.BuildingBlocks.Persistence;
using Shouldly;

namespace CaliFlow.UnitTests.BuildingBlocks;

/// <summary>Advisory-lock keys share one database: each lock has a value of its own, and locks are taken only through the registry.</summary>
public sealed class AdvisoryLocksTests
{
    [Fact]
    public void Every_lock_the_registry_takes_has_a_value_of_its_own()
    {
        var kinds = LockKinds(typeof(AdvisoryLocks));
        kinds.ShouldBe([typeof(SingleLock), typeof(SubjectLock)], ignoreOrder: true);
        SharedValues(kinds).ShouldBeEmpty();
    }

    [Fact]
    public void The_value_check_names_exactly_the_locks_that_share_a_value()
    {
        SharedValues([typeof(BadLocks), typeof(MoreBadLocks)]).ShouldBe(
        [
            $"{nameof(BadLocks)}.{nameof(BadLocks.First)}, {nameof(BadLocks)}.{nameof(BadLocks.Second)}",
            $"{nameof(BadLocks)}.{nameof(BadLocks.Third)}, {nameof(MoreBadLocks)}.{nameof(MoreBadLocks.Fourth)}",
        ]);
    }

    [Fact]
    public void No_code_outside_the_registry_takes_an_advisory_lock()
    {
        var root = RepositoryFolder.Root;
        var registry = Path.Combine(root, "src", "CaliFlow.BuildingBlocks", "Persistence", "AdvisoryLocks.cs");
        var takers = new[] { "src", "modules" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Where(file => File.ReadAllText(file).Contains("pg_advisory", StringComparison.OrdinalIgnoreCase))
            .ToList();

        takers.ShouldBe([registry]);
    }

    /// <summary>The kinds of lock (enums) the registry's methods take: where every lock is named.</summary>
    private static List<Type> LockKinds(Type registry) =>
        registry.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .SelectMany(method => method.GetParameters())
            .Select(parameter => parameter.ParameterType)
            .Where(type => type.IsEnum)
            .Distinct()
            .ToList();

    /// <summary>Locks, across all the kinds, that share a value with another: one line per shared value.</summary>
    private static List<string> SharedValues(IEnumerable<Type> kinds) =>
        kinds.SelectMany(kind => kind.GetFields(BindingFlags.Public | BindingFlags.Static))
            .GroupBy(field => Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture))
            .Where(locks => locks.Count() > 1)
            .Select(locks => string.Join(", ", locks.Select(field => $"{field.DeclaringType!.Name}.{field.Name}").Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();

    // Deliberately bad kinds of lock: the check must name the two pairs that share a value, within a kind (which the build also
    // refuses, CA1069) and across kinds (which only this check sees).
#pragma warning disable CA1069
    private enum BadLocks : long
    {
        First = 4,
        Second = 4,
        Third = 5,
    }
#pragma warning restore CA1069

    private enum MoreBadLocks : long
    {
        Fourth = 5,
        Fifth = 6,
    }
}
