using System.Globalization;
using CaliFlow.BuildingBlocks.Application;

namespace CaliFlow.Modules.Coaching;

internal static class CoachingErrors
{
    public static readonly Error ProviderTimeout = Error.GatewayTimeout(
        "coach_timeout", "The coach's model did not answer in time; nothing was counted. Please try again.");

    public static readonly Error CheckInNotFound = Error.NotFound("check_in_not_found", "No such check-in among yours.");

    public static readonly Error ExerciseNotFound = Error.NotFound("exercise_not_found", "No such exercise in the library (give its id or slug).");

    public static Error ProviderFailed(string reason) => Error.BadGateway(
        "coach_unavailable", $"The coach's model failed to answer ({reason}); nothing was counted. Please try again.");

    public static Error AllowanceUsed(bool premium, int allowance, DateTimeOffset resetsAt) => Error.TooManyRequests(
        "coach_allowance_used",
        string.Create(CultureInfo.InvariantCulture, $"You have used today's {allowance} coach replies ({(premium ? "premium" : "free")} plan; messages, summaries and explanations not yet cached count alike). More from {resetsAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} (your local midnight)") +
        (premium ? "." : "; premium has more.")) with { RetryAfter = resetsAt - DateTimeOffset.UtcNow };

    public static Error AttemptsUsed(int attempts, DateTimeOffset resetsAt) => Error.TooManyRequests(
        "coach_attempts_used",
        string.Create(CultureInfo.InvariantCulture, $"{attempts} requests to the coach today, answered or not: no more until {resetsAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} (your local midnight).")) with
    {
        RetryAfter = resetsAt - DateTimeOffset.UtcNow,
    };

    public static Error TooFast(int perMinute) => Error.TooManyRequests(
        "coach_rate_limited", $"At most {perMinute} coach replies a minute (messages, summaries, explanations): wait a moment before asking again.")
        with { RetryAfter = TimeSpan.FromMinutes(1) };

    public static Error CheckInExists(DateOnly date) => Error.Conflict(
        "check_in_exists", $"You have already checked in on {date:yyyy-MM-dd}: one check-in a day.");
}
