using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Programming.Planning;

/// <summary>
/// Twelve weeks as three 4-week blocks: three build weeks, then a deload week of two sets at RPE 6 (the 2023 deloading
/// consensus, Bell et al.: a planned drop in volume and effort every 4-6 weeks). Blocks do not change the reps of an exercise:
/// the user moves up by unlocking the next variation (<see cref="Prescriptions"/>); they change how hard the build weeks are.
/// </summary>
internal static class Blocks
{
    public const int Count = 3;
    public const int WeeksPerBlock = 4;
    public const int Weeks = Count * WeeksPerBlock;
    public const int DeloadRpe = 6;
    public const int DeloadSets = 2;

    /// <summary>Foundation keeps every build week at RPE 7 while movements are learned; later blocks go 7, 8, 8.</summary>
    public static int BuildWeekRpe(int block, int weekInBlock) => block == 0 || weekInBlock == 1 ? 7 : 8;

    /// <summary>Foundation, build, then a block named for what the goals ask for most.</summary>
    public static IReadOnlyList<string> Focus(IReadOnlyList<TrainingGoal> goals, bool hasTargetSkills) =>
    [
        "foundation",
        "build",
        hasTargetSkills || goals.Contains(TrainingGoal.Skills) ? "skill"
        : goals.Contains(TrainingGoal.Muscle) ? "hypertrophy"
        : goals.Contains(TrainingGoal.FatLoss) || goals.Contains(TrainingGoal.Endurance) ? "conditioning"
        : goals.Contains(TrainingGoal.Mobility) ? "mobility"
        : "strength",
    ];
}
