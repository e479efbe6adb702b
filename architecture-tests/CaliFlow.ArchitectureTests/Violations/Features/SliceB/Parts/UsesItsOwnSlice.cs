namespace CaliFlow.ArchitectureTests.Violations.Features.SliceB.Parts;

/// <summary>Allowed: a folder inside a slice is part of that slice.</summary>
public static class UsesItsOwnSlice
{
    public static SliceBResponse Read() => new(SliceBRules.Twice(1));
}
