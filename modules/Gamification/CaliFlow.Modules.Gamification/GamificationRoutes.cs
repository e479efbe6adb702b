namespace CaliFlow.Modules.Gamification;

internal static class GamificationRoutes
{
    public const string Tag = "Achievements";
    public const string AdminTag = "Achievements (admin)";
}
