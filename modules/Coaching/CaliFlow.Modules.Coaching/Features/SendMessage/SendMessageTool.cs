using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Coaching.Features.SendMessage;

/// <summary>The coach for AI assistants (MCP): the question joins the user's coach conversation like one asked in the app.</summary>
[McpServerToolType]
internal sealed class SendMessageTool(ISender sender, ICurrentUser user)
{
    [McpServerTool(Name = "ask_coach", Title = "Ask the coach", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false)]
    [Description("Asks CaliFlow's coach, who knows the user's plan, logs and check-ins; the question and the reply are kept in the user's coach conversation and count against its allowance.")]
    [RequiresScope(TokenScopes.CoachChat)]
    public async Task<string> AskCoach(
        [Description("The question, as the user would ask it.")] string question,
        CancellationToken cancellationToken = default) =>
        (await sender.Send(new SendMessageRequest(question) { UserId = user.Id }, cancellationToken)).OrToolError().Reply.Content;
}
