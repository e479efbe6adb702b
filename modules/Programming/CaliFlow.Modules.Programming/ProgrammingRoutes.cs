namespace CaliFlow.Modules.Programming;

internal static class ProgrammingRoutes
{
    public const string PlansTag = "Plans";
    public const string SessionsTag = "Sessions";
    public const string AssessmentsTag = "Assessments";
    public const string CalendarTag = "Calendar";
}
