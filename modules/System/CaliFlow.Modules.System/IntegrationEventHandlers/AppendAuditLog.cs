using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.System.Contracts;
using CaliFlow.Modules.System.Domain;
using CaliFlow.Modules.System.Persistence;

namespace CaliFlow.Modules.System.IntegrationEventHandlers;

/// <summary>Every module's audit facts land here; processed_events makes a redelivered fact a no-op, so each is one row.</summary>
internal sealed class AppendAuditLog(SystemDbContext db, TimeProvider time) : IIntegrationEventHandler<AuditEventOccurredIntegrationEvent>
{
    public Task HandleAsync(AuditEventOccurredIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        db.AuditLogs.Add(AuditLog.From(integrationEvent, time.GetUtcNow()));
        return Task.CompletedTask;
    }
}
