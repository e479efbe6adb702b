using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Gamification.Streaks;

/// <summary>The sessions a week needs to be met for the training streak: the profile's training days a week.</summary>
internal static class WeekTargets
{
    /// <summary>When the profile is gone or says nothing, a week of three sessions is a met week.</summary>
    private const int Default = 3;

    public static int For(UserProfileSnapshot? profile) => profile?.TrainingDaysPerWeek is > 0 and var days ? days : Default;
}
