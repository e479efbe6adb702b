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
            .WithDescription(
                "Signed-in callers without the admin role get 403. The action filter must match exactly (e.g. auth.login_failed, " +
                "subscription.changed), and entries carry the client's IP address and user agent where known. Pages hold 1-200 entries " +
                "(limit, default 50); pass nextCursor as cursor for the next page, and a bad cursor or a to that is not after from " +
                "answers 400.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<AuditLogPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);
}
