using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Programming;

internal static class ProgrammingErrors
{
    public static readonly Error PlanNotFound = Error.NotFound("plan_not_found", "No such plan among yours.");

    public static readonly Error NoActivePlan =
        Error.NotFound("no_active_plan", "You have no active plan; create one with POST /plans.");

    public static readonly Error SessionNotFound = Error.NotFound("session_not_found", "No such session among yours.");

    public static readonly Error AssessmentNotFound = Error.NotFound("assessment_not_found", "No such assessment among yours.");

    public static readonly Error ProfileNotFound = Error.NotFound("user_not_found", "The account no longer exists.");

    public static Error SessionNotPlanned(string status) =>
        Error.Conflict("session_not_planned", $"The session is {status.ToLowerInvariant()}; only planned sessions can change.");
}
