using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Progress.Features.RecordLiveSet;

/// <summary>Recording a set in a live workout for AI assistants (MCP), through the slice's own command.</summary>
[McpServerToolType]
internal sealed class RecordLiveSetTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "log_set", Title = "Record a set just done", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false)]
    [Description("Records one set just done in the live workout started with start_workout.")]
    [RequiresScope(TokenScopes.LogsWrite)]
    public async Task<string> LogSet(
        [Description("The live workout's id, from start_workout.")] Guid workoutId,
        [Description("Slug of the exercise.")] string exercise,
        [Description("Repetitions done (for a reps exercise).")] int? reps = null,
        [Description("Seconds held (for a hold such as a plank).")] int? holdSeconds = null,
        [Description("Rate of perceived exertion, 1-10.")] decimal? rpe = null,
        [Description("Weight added, in kg.")] decimal? addedWeightKg = null,
        [Description("Assistance (band or machine), in kg.")] decimal? assistanceKg = null,
        CancellationToken cancellationToken = default)
    {
        var command = new RecordLiveSetCommand(exercise, reps, holdSeconds, rpe, addedWeightKg, assistanceKg)
        {
            UserId = user.Id,
            LiveWorkoutId = workoutId,
            SetId = Guid.CreateVersion7(),
        };
        return ToolResults.Json((await sender.Send(command, cancellationToken)).OrToolError().Set);
    }
}
