namespace CaliFlow.Modules.Coaching;

internal static class CoachingRoutes
{
    public const string CoachTag = "Coach";
    public const string CheckInsTag = "Check-ins";
}
