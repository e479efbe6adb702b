using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>
/// A place in a session for one exercise: what it trains and which patterns may fill it, best first; or, for a target skill,
/// the skill whose progression chain fills it. <paramref name="Extension"/> slots take hinge exercises that train the lower
/// back (the "extension" of the Recommended Routine's core triplet).
/// </summary>
internal sealed record Slot(SlotRole Role, IReadOnlyList<string> Patterns, ExerciseInfo? Skill = null, bool Extension = false)
{
    /// <summary>One exercise per key in a session: the pattern, with extension kept apart from the other hinges.</summary>
    public string Key(ExerciseInfo exercise) => Extension ? "extension" : exercise.Pattern;
}

/// <summary>A kind of session: its slots in priority order (short sessions keep the first ones).</summary>
internal sealed record SessionTemplate(string Name, IReadOnlyList<Slot> Slots);

/// <summary>
/// The splits and their sessions. Each session's first slots cover a push, a pull, legs and core, so even a short session
/// trains the whole body; across a week the full-body sessions cover squat and hinge (or extension) and the Recommended
/// Routine's core triplet: anti-extension, anti-rotation and extension.
/// </summary>
internal static class SessionTemplates
{
    public static readonly IReadOnlySet<string> PushPatterns =
        new HashSet<string> { "horizontal-push", "vertical-push", "dip", "straight-arm-push", "handstand-balance" };

    public static readonly IReadOnlySet<string> PullPatterns =
        new HashSet<string> { "horizontal-pull", "vertical-pull", "straight-arm-pull", "transition", "grip-hang" };

    public static readonly IReadOnlySet<string> LegPatterns =
        new HashSet<string> { "squat", "hinge", "single-leg", "knee-flexion", "calves-ankles", "plyometric-conditioning" };

    /// <summary>When a pattern has nothing the user can do at their level with their equipment, these stand in, in order.</summary>
    private static readonly Dictionary<string, string[]> Fallbacks = new()
    {
        ["horizontal-push"] = ["vertical-push"],
        ["vertical-push"] = ["horizontal-push"],
        ["dip"] = ["vertical-push", "horizontal-push"],
        ["straight-arm-push"] = ["horizontal-push"],
        ["handstand-balance"] = ["vertical-push"],
        ["horizontal-pull"] = ["vertical-pull"],
        ["vertical-pull"] = ["horizontal-pull"],
        ["straight-arm-pull"] = ["horizontal-pull", "vertical-pull"],
        ["transition"] = ["vertical-pull", "horizontal-pull"],
        ["grip-hang"] = ["vertical-pull", "horizontal-pull"],
        ["squat"] = ["single-leg"],
        ["single-leg"] = ["squat"],
        ["hinge"] = ["knee-flexion"],
        ["knee-flexion"] = ["hinge"],
        ["calves-ankles"] = ["single-leg"],
        ["core-anti-extension"] = ["core-flexion"],
        ["core-flexion"] = ["core-anti-extension"],
        ["lateral-core"] = ["core-anti-rotation"],
        ["core-anti-rotation"] = ["lateral-core"],
        ["hip-flexion-compression"] = ["core-flexion"],
    };

    private static readonly Slot Extension = new(SlotRole.Legs, ["hinge"], Extension: true);

    private static readonly SessionTemplate FullBodyA = new("Full body A",
    [
        Push("horizontal-push"), Pull("vertical-pull"), Legs("squat"), Core("core-anti-extension"), Legs("hinge"),
        Push("vertical-push"), Pull("horizontal-pull"), Core("core-anti-rotation"), Legs("single-leg"), Core("lateral-core"),
    ]);

    private static readonly SessionTemplate FullBodyB = new("Full body B",
    [
        Push("dip"), Pull("horizontal-pull"), Extension, Core("core-anti-rotation"), Legs("single-leg"),
        Push("horizontal-push"), Pull("vertical-pull"), Legs("knee-flexion"), Core("core-flexion"), Legs("calves-ankles"),
    ]);

    private static readonly SessionTemplate FullBodyC = new("Full body C",
    [
        Push("horizontal-push"), Pull("horizontal-pull"), Legs("hinge"), Core("core-anti-extension"), Legs("single-leg"),
        Push("vertical-push"), Pull("vertical-pull"), Legs("knee-flexion"), Core("lateral-core"), Extension,
    ]);

    private static readonly SessionTemplate UpperA = new("Upper A",
    [
        Push("horizontal-push"), Pull("vertical-pull"), Push("vertical-push"), Pull("horizontal-pull"), Core("core-anti-extension"),
        Push("dip"), Pull("straight-arm-pull"), Core("lateral-core"),
    ]);

    private static readonly SessionTemplate UpperB = new("Upper B",
    [
        Push("vertical-push"), Pull("horizontal-pull"), Push("horizontal-push"), Pull("vertical-pull"), Core("core-anti-rotation"),
        Push("straight-arm-push"), Pull("grip-hang"), Core("core-flexion"),
    ]);

    private static readonly SessionTemplate LowerA = new("Lower A",
    [
        Legs("squat"), Legs("hinge"), Core("core-anti-extension"), Legs("single-leg"), Legs("knee-flexion"), Extension,
        Legs("calves-ankles"), Power(),
    ]);

    private static readonly SessionTemplate LowerB = new("Lower B",
    [
        Legs("single-leg"), Extension, Core("core-anti-rotation"), Legs("knee-flexion"), Legs("squat"), Core("core-flexion"),
        Legs("calves-ankles"), Power(),
    ]);

    private static readonly SessionTemplate PushDay = new("Push",
    [
        Push("horizontal-push"), Push("vertical-push"), Core("core-anti-extension"), Push("dip"), Push("straight-arm-push"),
        Core("lateral-core"), Push("handstand-balance"), Core("hip-flexion-compression"),
    ]);

    private static readonly SessionTemplate PullDay = new("Pull",
    [
        Pull("vertical-pull"), Pull("horizontal-pull"), Core("core-anti-rotation"), Extension, Pull("straight-arm-pull"),
        Pull("transition"), Core("core-flexion"), Pull("grip-hang"),
    ]);

    private static readonly SessionTemplate LegDay = new("Legs",
    [
        Legs("squat"), Legs("hinge"), Core("core-anti-extension"), Legs("single-leg"), Legs("knee-flexion"), Extension,
        Legs("calves-ankles"), Power(),
    ]);

    public static Split SplitFor(int daysPerWeek) => daysPerWeek switch
    {
        <= 3 => Split.FullBody,
        4 => Split.UpperLower,
        _ => Split.PushPullLegs,
    };

    /// <summary>The week's sessions in order, for the number of training days.</summary>
    public static IReadOnlyList<SessionTemplate> Week(int daysPerWeek) => daysPerWeek switch
    {
        <= 2 => [FullBodyA, FullBodyB],
        3 => [FullBodyA, FullBodyB, FullBodyC],
        4 => [UpperA, LowerA, UpperB, LowerB],
        5 => [PushDay, PullDay, LegDay, UpperA, LowerB],
        _ => [PushDay, PullDay, LegDay, PushDay, PullDay, LegDay],
    };

    public static SlotRole RoleOf(string pattern) =>
        PushPatterns.Contains(pattern) ? SlotRole.Push
        : PullPatterns.Contains(pattern) ? SlotRole.Pull
        : LegPatterns.Contains(pattern) ? SlotRole.Legs
        : SlotRole.Core;

    public static Slot SlotFor(SlotRole role, string pattern) => new(role, [pattern, .. Fallbacks.GetValueOrDefault(pattern, [])]);

    private static Slot Push(string pattern) => SlotFor(SlotRole.Push, pattern);

    private static Slot Pull(string pattern) => SlotFor(SlotRole.Pull, pattern);

    private static Slot Legs(string pattern) => SlotFor(SlotRole.Legs, pattern);

    private static Slot Core(string pattern) => SlotFor(SlotRole.Core, pattern);

    /// <summary>Jumps, for lower-body days of the young and fit only (the generator leaves them out otherwise).</summary>
    private static Slot Power() => new(SlotRole.Power, ["plyometric-conditioning"]);
}
