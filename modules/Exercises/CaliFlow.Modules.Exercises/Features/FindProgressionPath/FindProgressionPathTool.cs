using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Exercises.Features.FindProgressionPath;

/// <summary>Progression paths for AI assistants (MCP), through the slice's own query.</summary>
[McpServerToolType]
internal sealed class FindProgressionPathTool(ISender sender)
{
    [McpServerTool(Name = "get_progression_path", Title = "Progression path", ReadOnly = true, Destructive = false, Idempotent = true, OpenWorld = false)]
    [Description("The steps of the progression graph from one exercise to a harder one (e.g. from push-up to one-arm-push-up), with what unlocks each step.")]
    [RequiresScope(TokenScopes.LibraryRead)]
    public async Task<string> GetProgressionPath(
        [Description("Slug of the exercise to start from.")] string from,
        [Description("Slug of the goal exercise.")] string to,
        CancellationToken cancellationToken = default) =>
        ToolResults.Json((await sender.Send(new FindProgressionPathQuery(from, to), cancellationToken)).OrToolError());
}
