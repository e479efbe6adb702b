using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Web;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Platform.Contracts;

/// <summary>
/// Records an audit fact through the calling module's own outbox (the DbContext given to <see cref="Record"/>), so it
/// commits with the change it describes and no module writes into another's schema. The request's address and user agent are
/// added here. Register with <c>services.TryAddScoped&lt;AuditTrail&gt;()</c>.
/// </summary>
public sealed class AuditTrail(IRequestOrigin origin, TimeProvider time)
{
    public void Record(DbContext db, Guid? actorId, string action, string subjectType, string? subjectId, string summary) =>
        db.Publish(new AuditEventOccurredIntegrationEvent(
            actorId, action, subjectType, subjectId, summary, origin.IpAddress, origin.UserAgent, time.GetUtcNow()));
}
