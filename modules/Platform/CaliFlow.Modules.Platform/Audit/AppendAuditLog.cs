using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.Persistence;

namespace CaliFlow.Modules.Platform.Audit;

/// <summary>Every module's audit facts land here; processed_events makes a redelivered fact a no-op, so each is one row.</summary>
internal sealed class AppendAuditLog(PlatformDbContext db, TimeProvider time) : IIntegrationEventHandler<AuditEventOccurredIntegrationEvent>
{
    public Task HandleAsync(AuditEventOccurredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.AuditLogs.Add(AuditLog.From(integrationEvent, time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
