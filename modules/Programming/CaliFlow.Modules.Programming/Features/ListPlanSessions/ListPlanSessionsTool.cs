using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Programming.Features.ListPlanSessions;

/// <summary>A week of the plan for AI assistants (MCP), through the slice's own query.</summary>
[McpServerToolType]
internal sealed class ListPlanSessionsTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "get_plan_week", Title = "A week of the plan", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("The sessions of one week of the user's current 12-week plan (the current week when none is given): dates, focus, status and prescriptions.")]
    [RequiresScope(TokenScopes.PlansRead)]
    public async Task<string> GetPlanWeek(
        [Description("Week of the plan, 1-12; leave out for the current week.")] int? week = null,
        CancellationToken cancellationToken = default) =>
        ToolResults.Json((await sender.Send(new ListPlanSessionsQuery(user.Id, week), cancellationToken)).OrToolError());
}
