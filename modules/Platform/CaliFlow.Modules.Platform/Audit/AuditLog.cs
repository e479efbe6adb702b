using CaliFlow.Modules.Platform.Contracts;

namespace CaliFlow.Modules.Platform.Audit;

/// <summary>
/// One fact of the append-only audit log. The database refuses UPDATE, DELETE and TRUNCATE on the table (a trigger), so no code
/// path, bug or hand-typed statement can rewrite history; the identity key is the order of recording and the paging cursor.
/// </summary>
internal sealed class AuditLog
{
    private AuditLog()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public Guid? ActorId { get; private set; }

    public string Action { get; private set; } = "";

    public string SubjectType { get; private set; } = "";

    public string? SubjectId { get; private set; }

    public string Summary { get; private set; } = "";

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public static AuditLog From(AuditEventOccurredIntegrationEvent fact, DateTimeOffset recordedAt) => new()
    {
        OccurredAt = fact.OccurredAt,
        RecordedAt = recordedAt,
        ActorId = fact.ActorId,
        Action = Truncate(fact.Action, 64),
        SubjectType = Truncate(fact.SubjectType, 64),
        SubjectId = fact.SubjectId is null ? null : Truncate(fact.SubjectId, 254),
        Summary = Truncate(fact.Summary, 1000),
        IpAddress = fact.IpAddress is null ? null : Truncate(fact.IpAddress, 64),
        UserAgent = fact.UserAgent is null ? null : Truncate(fact.UserAgent, 500),
    };

    private static string Truncate(string value, int length) => value.Length > length ? value[..length] : value;
}
