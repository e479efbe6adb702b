using Microsoft.EntityFrameworkCore;

namespace CaliFlow.BuildingBlocks.Messaging;

public static class DbContextOutboxExtensions
{
    /// <summary>Queues an integration event in this module's outbox; it is saved by the same SaveChanges/transaction as the change.</summary>
    public static void Publish(this DbContext db, IIntegrationEvent integrationEvent) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.For(integrationEvent));
}
