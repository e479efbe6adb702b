using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Progress.Features.StartLiveWorkout;

/// <summary>Starting a live workout for AI assistants (MCP), through the slice's own command.</summary>
[McpServerToolType]
internal sealed class StartLiveWorkoutTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "start_workout", Title = "Start a workout now", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false)]
    [Description("Starts a live workout, of a planned session (its id from get_today_workout) or free; answers the workout with its id, which log_set and finish_workout take. Only one can be open: when one is, the error names its id, to use with log_set and finish_workout.")]
    [RequiresScope(TokenScopes.LogsWrite)]
    public async Task<string> StartWorkout(
        [Description("The planned session to do, from get_today_workout; leave out for a free workout.")] Guid? sessionId = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.Json((await sender.Send(new StartLiveWorkoutCommand(Guid.CreateVersion7(), sessionId) { UserId = user.Id }, cancellationToken))
            .OrToolError().Workout);
}
