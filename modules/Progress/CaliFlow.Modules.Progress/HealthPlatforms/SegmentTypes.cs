namespace CaliFlow.Modules.Progress.HealthPlatforms;

/// <summary>A Health Connect exercise segment type: the Jetpack client's constant and its name.</summary>
internal sealed record SegmentType(int Value, string Name);

/// <summary>
/// Health Connect's segment type for an exercise, from its slug (a few have their own type) or else its movement pattern.
/// Values are the Jetpack client's (<c>androidx.health.connect.client.records.ExerciseSegment</c>), which differ from the Android
/// framework's own numbering; every type used here is one a calisthenics session accepts. Health Connect has no push-up, dip,
/// row or lever type: those are <c>OTHER_WORKOUT</c>.
/// </summary>
internal static class SegmentTypes
{
    public static readonly SegmentType OtherWorkout = new(38, "EXERCISE_SEGMENT_TYPE_OTHER_WORKOUT");

    private static readonly SegmentType BackExtension = new(2, "EXERCISE_SEGMENT_TYPE_BACK_EXTENSION");
    private static readonly SegmentType Burpee = new(9, "EXERCISE_SEGMENT_TYPE_BURPEE");
    private static readonly SegmentType Crunch = new(10, "EXERCISE_SEGMENT_TYPE_CRUNCH");
    private static readonly SegmentType Deadlift = new(11, "EXERCISE_SEGMENT_TYPE_DEADLIFT");
    private static readonly SegmentType HipThrust = new(25, "EXERCISE_SEGMENT_TYPE_HIP_THRUST");
    private static readonly SegmentType JumpingJack = new(27, "EXERCISE_SEGMENT_TYPE_JUMPING_JACK");
    private static readonly SegmentType LegCurl = new(32, "EXERCISE_SEGMENT_TYPE_LEG_CURL");
    private static readonly SegmentType LegRaise = new(35, "EXERCISE_SEGMENT_TYPE_LEG_RAISE");
    private static readonly SegmentType Lunge = new(36, "EXERCISE_SEGMENT_TYPE_LUNGE");
    private static readonly SegmentType MountainClimber = new(37, "EXERCISE_SEGMENT_TYPE_MOUNTAIN_CLIMBER");
    private static readonly SegmentType Plank = new(41, "EXERCISE_SEGMENT_TYPE_PLANK");
    private static readonly SegmentType PullUp = new(42, "EXERCISE_SEGMENT_TYPE_PULL_UP");
    private static readonly SegmentType ShoulderPress = new(48, "EXERCISE_SEGMENT_TYPE_SHOULDER_PRESS");
    private static readonly SegmentType SitUp = new(50, "EXERCISE_SEGMENT_TYPE_SIT_UP");
    private static readonly SegmentType Squat = new(51, "EXERCISE_SEGMENT_TYPE_SQUAT");
    private static readonly SegmentType Stretching = new(54, "EXERCISE_SEGMENT_TYPE_STRETCHING");

    /// <summary>Words in a slug that name a segment type of their own, whatever the pattern; the first found wins.</summary>
    private static readonly (string Word, SegmentType Type)[] BySlug =
    [
        ("burpee", Burpee), ("jumping-jack", JumpingJack), ("mountain-climber", MountainClimber), ("lunge", Lunge),
        ("deadlift", Deadlift), ("back-extension", BackExtension), ("sit-up", SitUp), ("crunch", Crunch),
    ];

    private static readonly Dictionary<string, SegmentType> ByPattern = new(StringComparer.Ordinal)
    {
        ["vertical-push"] = ShoulderPress,
        ["vertical-pull"] = PullUp,
        ["squat"] = Squat,
        ["single-leg"] = Squat,
        ["hinge"] = HipThrust,
        ["knee-flexion"] = LegCurl,
        ["core-anti-extension"] = Plank,
        ["core-anti-rotation"] = Plank,
        ["lateral-core"] = Plank,
        ["core-flexion"] = Crunch,
        ["hip-flexion-compression"] = LegRaise,
        ["mobility"] = Stretching,
    };

    public static SegmentType For(string slug, string pattern) =>
        BySlug.FirstOrDefault(s => slug.Contains(s.Word, StringComparison.Ordinal)).Type
        ?? ByPattern.GetValueOrDefault(pattern)
        ?? OtherWorkout;
}
