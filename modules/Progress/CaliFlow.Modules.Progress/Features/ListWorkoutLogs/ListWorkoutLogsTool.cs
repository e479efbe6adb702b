using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Progress.Features.ListWorkoutLogs;

/// <summary>Recent workout logs for AI assistants (MCP), through the slice's own query.</summary>
[McpServerToolType]
internal sealed class ListWorkoutLogsTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "get_recent_workouts", Title = "Recent workouts", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("The user's most recent workout logs, newest first: date, duration, feeling, and how many exercises and sets.")]
    [RequiresScope(TokenScopes.LogsRead)]
    public async Task<string> GetRecentWorkouts(
        [Description("How many, 1-50 (10 when left out).")] int? limit = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.Json((await sender.Send(new ListWorkoutLogsQuery(user.Id, null, null, limit ?? 10, null), cancellationToken)).OrToolError());
}
