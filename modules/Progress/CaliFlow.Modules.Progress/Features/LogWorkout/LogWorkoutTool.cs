using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.WorkoutLogs;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Progress.Features.LogWorkout;

/// <summary>Logging a finished workout for AI assistants (MCP), through the slice's own command.</summary>
[McpServerToolType]
internal sealed class LogWorkoutTool(ISender sender, ICurrentUser user, IUsersQueries users, TimeProvider time)
{
    [McpServerTool(Name = "log_workout", Title = "Log a finished workout", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false)]
    [Description("Records a finished workout: its exercises (slugs, see search_exercises) and each set's reps or hold seconds, with optional RPE and added or assisted load in kg. It counts for stats, streaks, records and auto-progression like a workout logged in the app.")]
    [RequiresScope(TokenScopes.LogsWrite)]
    public async Task<string> LogWorkout(
        [Description("The exercises in the order done, e.g. [{\"exercise\":\"pull-up\",\"sets\":[{\"reps\":8},{\"reps\":7}]}].")] List<LoggedExercise> exercises,
        [Description("The user's local date of the workout (yyyy-mm-dd); the user's today when left out.")] DateOnly? performedOn = null,
        [Description("How long it took, in minutes.")] int? durationMinutes = null,
        [Description("The planned session it was, if any (from get_today_workout).")] Guid? sessionId = null,
        [Description("A note to keep with it.")] string? notes = null,
        CancellationToken cancellationToken = default)
    {
        // The user's own date (the profile's time zone), not the server's.
        var today = LocalClock.Today(time, (await users.GetProfileAsync(user.Id, cancellationToken))?.TimeZone ?? "UTC");
        var command = new LogWorkoutCommand(Guid.CreateVersion7(), sessionId, performedOn ?? today, durationMinutes, null, notes, null, exercises)
        {
            UserId = user.Id,
        };
        return ToolResults.Json((await sender.Send(command, cancellationToken)).OrToolError().Log);
    }
}
