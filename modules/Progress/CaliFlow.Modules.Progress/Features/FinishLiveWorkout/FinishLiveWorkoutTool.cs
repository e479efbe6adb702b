using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Progress.Features.FinishLiveWorkout;

/// <summary>Finishing a live workout for AI assistants (MCP), through the slice's own command.</summary>
[McpServerToolType]
internal sealed class FinishLiveWorkoutTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "finish_workout", Title = "Finish the live workout", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false)]
    [Description("Finishes the live workout and logs it with the sets recorded; answers the workout log.")]
    [RequiresScope(TokenScopes.LogsWrite)]
    public async Task<string> FinishWorkout(
        [Description("The live workout's id, from start_workout.")] Guid workoutId,
        [Description("A note to keep with it.")] string? notes = null,
        CancellationToken cancellationToken = default)
    {
        var command = new FinishLiveWorkoutCommand(null, null, notes, null) { UserId = user.Id, LiveWorkoutId = workoutId };
        return ToolResults.Json((await sender.Send(command, cancellationToken)).OrToolError().Log);
    }
}
