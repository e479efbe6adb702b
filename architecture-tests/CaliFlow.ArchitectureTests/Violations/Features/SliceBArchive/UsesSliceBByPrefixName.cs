using CaliFlow.ArchitectureTests.Violations.Features.SliceB;

namespace CaliFlow.ArchitectureTests.Violations.Features.SliceBArchive;

/// <summary>Uses SliceB from a slice whose name starts with SliceB's: a namespace-prefix match would take it for part of SliceB.</summary>
public static class UsesSliceBByPrefixName
{
    public static int Twice(int value) => SliceBRules.Twice(value);
}
