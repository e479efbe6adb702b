namespace CaliFlow.ArchitectureTests.Violations.Features.SliceB;

// Violations.Features plays a module's Features folder, with the slices SliceA, SliceB and SliceBArchive; Violations is the
// module level. RulesCatchViolationsTests expects the slice isolation rule to name exactly the types marked as breaking it.

public sealed record SliceBResponse(int Value);

public static class SliceBRules
{
    public static int Twice(int value) => value * 2;
}
