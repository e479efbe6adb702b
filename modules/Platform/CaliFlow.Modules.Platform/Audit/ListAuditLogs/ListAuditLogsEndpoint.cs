using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Platform.Audit.ListAuditLogs;

internal sealed class ListAuditLogsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/system/audit-logs", async (
                    Guid? actorId, string? action, DateTimeOffset? from, DateTimeOffset? to, int? limit, string? cursor,
                    ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListAuditLogsQuery(actorId, action, from, to, limit ?? ListAuditLogsQuery.DefaultLimit, cursor), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(PlatformRoutes.AdminTag)
            .WithSummary("The audit log, newest first, filtered by actor, action and time ([from, to)); pages follow nextCursor. Admins only.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<AuditLogPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
