using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Programming.Features.GetTodayWorkout;

/// <summary>Today's workout for AI assistants (MCP): the slice's own query, so the same answer as the HTTP API.</summary>
[McpServerToolType]
internal sealed class GetTodayWorkoutTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "get_today_workout", Title = "Today's workout", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("The user's workout for today (or the next planned one), with every exercise's sets, reps or hold, rest, RPE, tempo and cues; the same JSON as GET /v1/workouts/today. Its session id starts a live workout (start_workout).")]
    [RequiresScope(TokenScopes.PlansRead)]
    public async Task<string> GetTodayWorkout(CancellationToken cancellationToken = default) =>
        (await sender.Send(new GetTodayWorkoutQuery(user.Id), cancellationToken)).OrToolError().Text();
}
