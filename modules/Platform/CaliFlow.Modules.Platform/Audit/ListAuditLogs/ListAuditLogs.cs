using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Audit.ListAuditLogs;

/// <param name="Cursor">Opaque; the <c>nextCursor</c> of the previous page (the log is read newest first).</param>
internal sealed record ListAuditLogsQuery(
    Guid? ActorId = null,
    string? Action = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Limit = ListAuditLogsQuery.DefaultLimit,
    string? Cursor = null) : IQuery<Result<AuditLogPage>>
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
}

internal sealed record AuditLogPage(IReadOnlyList<AuditLogResponse> Items, string? NextCursor);

internal sealed record AuditLogResponse(
    long Id,
    DateTimeOffset OccurredAt,
    Guid? ActorId,
    string Action,
    string SubjectType,
    string? SubjectId,
    string Summary,
    string? IpAddress,
    string? UserAgent);
