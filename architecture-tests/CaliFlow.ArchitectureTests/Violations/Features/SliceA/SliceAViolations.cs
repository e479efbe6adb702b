using CaliFlow.ArchitectureTests.Violations.Features.SliceB;

namespace CaliFlow.ArchitectureTests.Violations.Features.SliceA;

// Deliberately bad code: RulesCatchViolationsTests expects the slice isolation rule to name each type here that uses SliceB.

/// <summary>Returns another slice's response.</summary>
public static class ReturnsSliceBResponse
{
    public static SliceBResponse Read() => new(1);
}

/// <summary>Calls another slice only in a lambda, which the compiler moves into a nested closure class.</summary>
public static class CallsSliceBInLambda
{
    public static Func<int, int> Twicer() => value => SliceBRules.Twice(value);
}

/// <summary>Calls another slice only after an await, which the compiler moves into a nested state machine.</summary>
public static class CallsSliceBInAsyncMethod
{
    public static async Task<int> TwiceLaterAsync(int value)
    {
        await Task.Yield();
        return SliceBRules.Twice(value);
    }
}

/// <summary>Allowed: module-level types are there to be shared.</summary>
public static class UsesModuleLevelType
{
    public static ViolatingCommand Command() => new();
}
