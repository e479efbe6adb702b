using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Progress;

internal static class ProgressErrors
{
    public static readonly Error LogNotFound = Error.NotFound("workout_log_not_found", "No such workout log among yours.");

    public static readonly Error LogIdConflict = Error.Conflict(
        "workout_log_id_conflict", "A different workout log already has this id; make a new id for a new log.");
}
