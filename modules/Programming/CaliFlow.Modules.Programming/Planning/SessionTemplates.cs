using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>
/// A place in a session for one exercise: what it trains and which patterns may fill it, best first; or, for a target skill,
/// the skill whose progression chain fills it.
/// </summary>
internal sealed record Slot(SlotRole Role, IReadOnlyList<string> Patterns, ExerciseInfo? Skill = null);

/// <summary>A kind of session: its slots in priority order (short sessions keep the first ones).</summary>
internal sealed record SessionTemplate(string Name, IReadOnlyList<Slot> Slots);

/// <summary>
/// The splits and their sessions. Slots alternate push and pull so that any prefix stays close to balanced; the generator then
/// evens out whatever equipment or session length leaves over.
/// </summary>
internal static class SessionTemplates
{
    public const int MinExercises = 4;
    public const int MaxExercises = 8;

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
        ["dip"] = ["horizontal-push", "vertical-push"],
        ["straight-arm-push"] = ["horizontal-push"],
        ["handstand-balance"] = ["vertical-push", "horizontal-push"],
        ["horizontal-pull"] = ["vertical-pull"],
        ["vertical-pull"] = ["horizontal-pull"],
        ["straight-arm-pull"] = ["horizontal-pull", "vertical-pull"],
        ["transition"] = ["vertical-pull", "horizontal-pull"],
        ["grip-hang"] = ["vertical-pull", "horizontal-pull"],
        ["squat"] = ["single-leg"],
        ["single-leg"] = ["squat"],
        ["hinge"] = ["knee-flexion"],
        ["knee-flexion"] = ["hinge"],
        ["calves-ankles"] = ["plyometric-conditioning", "squat"],
        ["plyometric-conditioning"] = ["squat", "single-leg"],
        ["core-anti-extension"] = ["core-flexion"],
        ["core-flexion"] = ["core-anti-extension"],
        ["lateral-core"] = ["core-anti-rotation", "core-anti-extension"],
        ["core-anti-rotation"] = ["lateral-core", "core-anti-extension"],
        ["hip-flexion-compression"] = ["core-flexion"],
    };

    private static readonly SessionTemplate FullBodyA = new("Full body A",
    [
        Push("horizontal-push"), Pull("vertical-pull"), Legs("squat"), Core("core-anti-extension"),
        Push("vertical-push"), Pull("horizontal-pull"), Legs("hinge"), Core("lateral-core"),
    ]);

    private static readonly SessionTemplate FullBodyB = new("Full body B",
    [
        Push("dip"), Pull("horizontal-pull"), Legs("single-leg"), Core("core-flexion"),
        Push("horizontal-push"), Pull("vertical-pull"), Legs("knee-flexion"), Core("core-anti-rotation"),
    ]);

    private static readonly SessionTemplate UpperA = new("Upper A",
    [
        Push("horizontal-push"), Pull("vertical-pull"), Push("vertical-push"), Pull("horizontal-pull"),
        Push("dip"), Pull("straight-arm-pull"), Core("core-anti-extension"), Core("lateral-core"),
    ]);

    private static readonly SessionTemplate UpperB = new("Upper B",
    [
        Push("vertical-push"), Pull("horizontal-pull"), Push("horizontal-push"), Pull("vertical-pull"),
        Push("straight-arm-push"), Pull("grip-hang"), Core("core-flexion"), Core("core-anti-rotation"),
    ]);

    private static readonly SessionTemplate LowerA = new("Lower A",
    [
        Legs("squat"), Legs("hinge"), Core("core-anti-extension"), Legs("single-leg"),
        Legs("knee-flexion"), Core("lateral-core"), Legs("calves-ankles"), Legs("plyometric-conditioning"),
    ]);

    private static readonly SessionTemplate LowerB = new("Lower B",
    [
        Legs("single-leg"), Legs("knee-flexion"), Core("core-flexion"), Legs("squat"),
        Legs("hinge"), Core("core-anti-rotation"), Legs("plyometric-conditioning"), Legs("calves-ankles"),
    ]);

    private static readonly SessionTemplate PushDay = new("Push",
    [
        Push("horizontal-push"), Push("vertical-push"), Push("dip"), Core("core-anti-extension"),
        Push("straight-arm-push"), Push("handstand-balance"), Core("lateral-core"), Core("hip-flexion-compression"),
    ]);

    private static readonly SessionTemplate PullDay = new("Pull",
    [
        Pull("vertical-pull"), Pull("horizontal-pull"), Pull("straight-arm-pull"), Core("core-flexion"),
        Pull("transition"), Pull("grip-hang"), Core("core-anti-rotation"), Core("hip-flexion-compression"),
    ]);

    private static readonly SessionTemplate LegDay = new("Legs",
    [
        Legs("squat"), Legs("hinge"), Legs("single-leg"), Core("core-anti-extension"),
        Legs("knee-flexion"), Legs("calves-ankles"), Legs("plyometric-conditioning"), Core("lateral-core"),
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
        3 => [FullBodyA, FullBodyB, FullBodyA],
        4 => [UpperA, LowerA, UpperB, LowerB],
        5 => [PushDay, PullDay, LegDay, UpperA, LowerA],
        _ => [PushDay, PullDay, LegDay, PushDay, PullDay, LegDay],
    };

    /// <summary>About eight minutes per exercise (three or four sets with rests), within 4-8 exercises.</summary>
    public static int ExercisesFor(int sessionMinutes) => Math.Clamp((int)Math.Round(sessionMinutes / 8.0), MinExercises, MaxExercises);

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
}
