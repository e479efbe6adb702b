using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>How a 4-week block is trained: its rep and hold ranges, effort per build week and rests.</summary>
internal sealed record BlockStyle(
    string Focus,
    IntRange Reps,
    IntRange HoldSeconds,
    IReadOnlyList<int> BuildWeekRpe,
    int RepRestSeconds,
    int HoldRestSeconds,
    string? Tempo);

internal static class Blocks
{
    public const int Count = 3;
    public const int WeeksPerBlock = 4;
    public const int Weeks = Count * WeeksPerBlock;
    public const int DeloadRpe = 6;
    public const int DeloadSets = 2;

    private static readonly BlockStyle Foundation = new("foundation", new(8, 12), new(20, 30), [7, 7, 8], 90, 90, "3-0-1-0");
    private static readonly BlockStyle Strength = new("strength", new(5, 8), new(10, 20), [7, 8, 8], 150, 120, null);
    private static readonly BlockStyle Skill = new("skill", new(4, 6), new(8, 15), [8, 8, 9], 150, 150, null);
    private static readonly BlockStyle Hypertrophy = new("hypertrophy", new(8, 15), new(25, 40), [8, 8, 9], 90, 75, "2-0-1-1");
    private static readonly BlockStyle Conditioning = new("conditioning", new(12, 20), new(30, 45), [7, 8, 8], 60, 60, null);
    private static readonly BlockStyle StrengthPeak = new("strength-peak", new(3, 6), new(8, 15), [8, 8, 9], 180, 150, null);

    /// <summary>Foundation, then strength, then what the goals ask for most.</summary>
    public static IReadOnlyList<BlockStyle> For(IReadOnlyList<TrainingGoal> goals, bool hasTargetSkills)
    {
        var third =
            hasTargetSkills || goals.Contains(TrainingGoal.Skills) ? Skill
            : goals.Contains(TrainingGoal.Muscle) ? Hypertrophy
            : goals.Contains(TrainingGoal.Endurance) || goals.Contains(TrainingGoal.FatLoss) ? Conditioning
            : StrengthPeak;
        return [Foundation, Strength, third];
    }

    /// <summary>Sets per exercise in the three build weeks; volume climbs across the block, then the deload drops it.</summary>
    public static IReadOnlyList<int> BuildWeekSets(BuildingBlocks.Training.TrainingLevel level) => level switch
    {
        BuildingBlocks.Training.TrainingLevel.Beginner => [3, 3, 3],
        BuildingBlocks.Training.TrainingLevel.Intermediate => [3, 4, 4],
        _ => [4, 4, 5],
    };

    /// <summary>Build weeks climb from the bottom of the range to its top; the deload goes back to the bottom.</summary>
    public static int Target(IntRange range, int weekInBlock) => weekInBlock switch
    {
        1 => range.Min,
        2 => (range.Min + range.Max + 1) / 2,
        3 => range.Max,
        _ => range.Min,
    };

    /// <summary>Elite skills are trained in short, crisp sets whatever the block says.</summary>
    public static (IntRange Reps, IntRange Hold) ForDifficulty(BlockStyle style, int difficulty) =>
        difficulty >= 7
            ? (new IntRange(Math.Min(style.Reps.Min, 3), Math.Min(style.Reps.Max, 6)), new IntRange(Math.Min(style.HoldSeconds.Min, 5), Math.Min(style.HoldSeconds.Max, 12)))
            : (style.Reps, style.HoldSeconds);
}
