using System.Text.Json;
using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using UUIDNext;

namespace CaliFlow.BuildingBlocks.Messaging;

/// <summary>An integration event waiting in its publisher's schema for delivery.</summary>
public sealed class OutboxMessage : IHasTimestamps
{
    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>Assembly-qualified name (without version) of the event's Contracts type.</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    public static OutboxMessage For(IIntegrationEvent integrationEvent)
    {
        var type = integrationEvent.GetType();
        return new OutboxMessage
        {
            // Ordered within the millisecond too (Guid.CreateVersion7 is random there): the dispatcher delivers by id, and the
            // events one transaction publishes (a workout logged, then the variation it advanced) must arrive in that order.
            Id = Uuid.NewDatabaseFriendly(Database.PostgreSql),
            Type = $"{type.FullName}, {type.Assembly.GetName().Name}",
            Payload = JsonSerializer.Serialize(integrationEvent, type, JsonDefaults.Options),
        };
    }

    public void MarkProcessed(DateTimeOffset now)
    {
        ProcessedAt = now;
        LastError = null;
    }

    /// <summary>Leaves the message for a later attempt, backing off exponentially up to ten minutes. Never dropped.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        NextAttemptAt = now + TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, Math.Min(Attempts, 10))));
    }
}

/// <summary>Remembers which handler already processed which event, in the consumer's schema: redelivery is harmless.</summary>
public sealed class ProcessedEvent
{
    public Guid EventId { get; private set; }

    public string Handler { get; private set; } = "";

    public DateTimeOffset ProcessedAt { get; private set; }
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Type).HasMaxLength(500);
        builder.Property(m => m.Payload).HasColumnType("jsonb");
        builder.Property(m => m.LastError).HasMaxLength(2000);
        // The dispatcher scans only what is still pending.
        builder.HasIndex(m => m.Id).HasDatabaseName("ix_outbox_messages_pending").HasFilter("processed_at IS NULL");
    }
}

internal sealed class ProcessedEventConfiguration : IEntityTypeConfiguration<ProcessedEvent>
{
    public void Configure(EntityTypeBuilder<ProcessedEvent> builder)
    {
        builder.ToTable("processed_events");
        builder.HasKey(p => new { p.EventId, p.Handler });
        builder.Property(p => p.Handler).HasMaxLength(300);
    }
}
