using System.Collections.Frozen;

namespace CaliFlow.Modules.Coaching.Domain;

/// <summary>
/// The body regions a check-in can report pain for, and the movement patterns (slugs of the exercise library) that load each:
/// pain in a region makes those patterns step down to easier variations.
/// </summary>
internal static class BodyRegions
{
    public static readonly FrozenDictionary<string, IReadOnlyList<string>> LoadedPatterns = new Dictionary<string, IReadOnlyList<string>>
    {
        ["neck"] = ["handstand-balance", "vertical-push"],
        ["shoulder"] = ["horizontal-push", "vertical-push", "dip", "vertical-pull", "straight-arm-push", "straight-arm-pull", "handstand-balance", "transition"],
        ["elbow"] = ["horizontal-push", "vertical-push", "dip", "horizontal-pull", "vertical-pull", "straight-arm-push", "straight-arm-pull", "transition"],
        ["wrist"] = ["horizontal-push", "vertical-push", "dip", "handstand-balance", "straight-arm-push", "hip-flexion-compression"],
        ["chest"] = ["horizontal-push", "dip"],
        ["upper-back"] = ["horizontal-pull", "vertical-pull", "straight-arm-pull"],
        ["lower-back"] = ["hinge", "squat", "core-anti-extension"],
        ["hip"] = ["squat", "hinge", "single-leg", "hip-flexion-compression"],
        ["knee"] = ["squat", "single-leg", "knee-flexion", "plyometric-conditioning"],
        ["ankle"] = ["squat", "single-leg", "calves-ankles", "plyometric-conditioning"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static IEnumerable<string> Names => LoadedPatterns.Keys.Order(StringComparer.Ordinal);
}
