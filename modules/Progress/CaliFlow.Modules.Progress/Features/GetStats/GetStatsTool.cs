using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Progress.Features.GetStats;

/// <summary>Training stats for AI assistants (MCP), through the slice's own query.</summary>
[McpServerToolType]
internal sealed class GetStatsTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "get_progress", Title = "Progress and records", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("The user's training stats: workouts, streaks, weekly volume and personal records per exercise; the same JSON as GET /v1/stats.")]
    [RequiresScope(TokenScopes.LogsRead)]
    public async Task<string> GetProgress(CancellationToken cancellationToken = default) =>
        (await sender.Send(new GetStatsQuery(user.Id), cancellationToken)).Text();
}
