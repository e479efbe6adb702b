using System.ComponentModel;
using CaliFlow.BuildingBlocks.Mcp;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Users.Contracts;
using Mediator;
using ModelContextProtocol.Server;

namespace CaliFlow.Modules.Progress.Features.RecordMetric;

/// <summary>Recording body weight for AI assistants (MCP), through the slice's own command.</summary>
[McpServerToolType]
internal sealed class RecordMetricTool(ISender sender, ICurrentUser user, IUsersQueries users, TimeProvider time)
{
    [McpServerTool(Name = "record_body_weight", Title = "Record body weight", ReadOnly = false, Destructive = false, Idempotent = false, OpenWorld = false)]
    [Description("Records the user's body weight in kg (and body fat percentage if known) for a day, the user's today by default.")]
    [RequiresScope(TokenScopes.MetricsWrite)]
    public async Task<string> RecordBodyWeight(
        [Description("Body weight in kg.")] decimal weightKg,
        [Description("Body fat in percent, if measured.")] decimal? bodyFatPercent = null,
        [Description("The day (yyyy-mm-dd); the user's today when left out.")] DateOnly? recordedOn = null,
        CancellationToken cancellationToken = default)
    {
        var today = LocalClock.Today(time, (await users.GetProfileAsync(user.Id, cancellationToken))?.TimeZone ?? "UTC");
        var command = new RecordMetricCommand(
            Guid.CreateVersion7(), MetricType.BodyWeight, recordedOn ?? today, new BodyWeight(weightKg, bodyFatPercent), null, null)
        {
            UserId = user.Id,
        };
        return ToolResults.Json((await sender.Send(command, cancellationToken)).OrToolError());
    }
}
