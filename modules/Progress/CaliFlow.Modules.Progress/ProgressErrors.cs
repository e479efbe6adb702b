using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Progress;

internal static class ProgressErrors
{
    public static readonly Error ImportNotFound = Error.NotFound("import_not_found", "No such import among yours.");

    public static readonly Error ImportAlreadyCommitted = Error.Conflict(
        "import_already_committed", "This import is committed already; GET it to follow its progress.");

    public static readonly Error LogNotFound = Error.NotFound("workout_log_not_found", "No such workout log among yours.");

    public static readonly Error LogHasNoStartTime = Error.Conflict(
        "workout_log_has_no_start_time",
        "This log has no startedAt, so a health platform cannot place it in time; logs from live workouts, and uploads that send startedAt, have one.");

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

    public static readonly Error LiveWorkoutNotFound = Error.NotFound("live_workout_not_found", "No such live workout among yours.");

    public static readonly Error NoLiveWorkout = Error.NotFound("no_live_workout", "You have no workout in progress.");

    public static readonly Error LiveSetNotFound = Error.NotFound("live_set_not_found", "No such set in this live workout.");

    public static readonly Error LiveChangeNotFound = Error.NotFound("live_change_not_found", "This exercise has no change in this live workout.");

    public static readonly Error LiveWorkoutIdConflict = Error.Conflict(
        "live_workout_id_conflict", "Another workout already has this id; make a new id for a new workout.");

    public static readonly Error LiveSetIdConflict = Error.Conflict(
        "live_set_id_conflict", "Another live workout already has a set with this id; make a new id for a new set.");

    public static readonly Error LiveWorkoutFinished = Error.Conflict(
        "live_workout_finished", "This workout is finished: it is a workout log now, which you can edit or delete.");

    public static readonly Error LiveWorkoutEmpty = Error.Conflict(
        "live_workout_empty", "Nothing was recorded in this workout; record a set first, or abandon it.");

    public static Error LiveWorkoutOpen(Guid openId) => Error.Conflict(
        "live_workout_open", $"You already have a workout in progress ({openId}); finish or abandon it first.");
}
