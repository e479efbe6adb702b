using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Progress;

internal static class ProgressErrors
{
    public static readonly Error LogNotFound = Error.NotFound("workout_log_not_found", "No such workout log among yours.");

    public static readonly Error LogIdConflict = Error.Conflict(
        "workout_log_id_conflict", "A different workout log already has this id; make a new id for a new log.");

    public static readonly Error PhotoNotFound = Error.NotFound("photo_not_found", "No such photo among yours.");

    public static readonly Error PhotoIdConflict = Error.Conflict(
        "photo_id_conflict", "Another photo already has this id; make a new id for a new photo.");

    public static readonly Error PhotoTooLarge = Error.TooLarge(
        "photo_too_large", $"A photo may be at most {Photos.PhotoImage.MaxBytes / (1024 * 1024)} MB.");

    public static Error PhotoQuotaExceeded(long quotaBytes) => Error.TooLarge(
        "photo_quota_exceeded",
        $"Your photos may take up at most {quotaBytes / (1024 * 1024)} MB and this one does not fit; delete some to make room.");
}
