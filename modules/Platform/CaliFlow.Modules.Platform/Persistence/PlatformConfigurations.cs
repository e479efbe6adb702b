using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Platform.Audit;
using CaliFlow.Modules.Platform.Billing;
using CaliFlow.Modules.Platform.OutboundWebhooks;
using CaliFlow.Modules.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CaliFlow.Modules.Platform.Persistence;

internal sealed class AuditLogConfiguration : IEntityTypeConfiguration<AuditLog>
{
    public void Configure(EntityTypeBuilder<AuditLog> builder)
    {
        builder.ToTable("audit_logs");
        builder.Property(a => a.Id).UseIdentityAlwaysColumn();
        builder.Property(a => a.Action).HasMaxLength(64);
        builder.Property(a => a.SubjectType).HasMaxLength(64);
        builder.Property(a => a.SubjectId).HasMaxLength(254);
        builder.Property(a => a.Summary).HasMaxLength(1000);
        builder.Property(a => a.IpAddress).HasMaxLength(64);
        builder.Property(a => a.UserAgent).HasMaxLength(500);
        // Admin filters: by actor or by action, newest first (the key is the keyset cursor).
        builder.HasIndex(a => new { a.ActorId, a.Id });
        builder.HasIndex(a => new { a.Action, a.Id });
        builder.HasIndex(a => a.OccurredAt);
    }
}

internal sealed class BillingSubscriptionConfiguration : IEntityTypeConfiguration<BillingSubscription>
{
    public void Configure(EntityTypeBuilder<BillingSubscription> builder)
    {
        builder.ToTable("subscriptions");
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Provider).HasMaxLength(20);
        builder.Property(s => s.ProviderSubscriptionId).HasMaxLength(100);
        builder.Property(s => s.Plan).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(s => new { s.Provider, s.ProviderSubscriptionId }).IsUnique();
        builder.HasIndex(s => s.UserId);
        // The expiry job's scan: what is canceled or past due, by the end of its period.
        builder.HasIndex(s => s.CurrentPeriodEnd).HasFilter("status IN ('Canceled', 'PastDue')");
    }
}

internal sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments");
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Provider).HasMaxLength(20);
        builder.Property(p => p.ProviderPaymentId).HasMaxLength(100);
        builder.Property(p => p.Plan).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.Currency).HasMaxLength(3).IsFixedLength();
        builder.HasIndex(p => new { p.Provider, p.ProviderPaymentId }).IsUnique();
        builder.HasIndex(p => new { p.UserId, p.OccurredAt });
        builder.HasIndex(p => p.SubscriptionId);
        builder.HasOne<BillingSubscription>().WithMany().HasForeignKey(p => p.SubscriptionId);
    }
}

internal sealed class CheckoutSessionConfiguration : IEntityTypeConfiguration<CheckoutSession>
{
    public void Configure(EntityTypeBuilder<CheckoutSession> builder)
    {
        builder.ToTable("checkout_sessions");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Provider).HasMaxLength(20);
        builder.Property(c => c.ProviderSessionId).HasMaxLength(200);
        builder.Property(c => c.Plan).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength();
        builder.Property(c => c.CheckoutUrl).HasMaxLength(1000);
        builder.HasIndex(c => c.UserId);
        builder.HasIndex(c => new { c.Provider, c.ProviderSessionId });
    }
}

internal sealed class ReceivedPaymentWebhookConfiguration : IEntityTypeConfiguration<ReceivedPaymentWebhook>
{
    public void Configure(EntityTypeBuilder<ReceivedPaymentWebhook> builder)
    {
        builder.ToTable("received_webhooks");
        builder.HasKey(w => new { w.Provider, w.EventId });
        builder.Property(w => w.Provider).HasMaxLength(20);
        builder.Property(w => w.EventId).HasMaxLength(100);
        builder.Property(w => w.Type).HasMaxLength(100);
    }
}

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(i => new { i.UserId, i.Key });
        builder.Property(i => i.Key).HasMaxLength(200);
        builder.Property(i => i.RequestHash).HasMaxLength(64);
        builder.Property(i => i.Response).HasColumnType("jsonb");
    }
}

internal sealed class SandboxWebhookConfiguration : IEntityTypeConfiguration<SandboxWebhook>
{
    public void Configure(EntityTypeBuilder<SandboxWebhook> builder)
    {
        builder.ToTable("sandbox_webhooks");
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.LastError).HasMaxLength(500);
        builder.HasIndex(w => w.NextAttemptAt).HasFilter("delivered_at IS NULL");
    }
}

internal sealed class PurgeRequestConfiguration : IEntityTypeConfiguration<PurgeRequest>
{
    public void Configure(EntityTypeBuilder<PurgeRequest> builder)
    {
        builder.ToTable("purge_requests");
        builder.HasKey(p => p.UserId);
        builder.Property(p => p.UserId).ValueGeneratedNever();
        builder.HasIndex(p => p.DueAt).HasFilter("completed_at IS NULL");
    }
}

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Url).HasMaxLength(500);
        builder.Property(e => e.Secret).HasMaxLength(100);
        builder.Property(e => e.Events).HasJsonbConversion();
        builder.Property(e => e.DisabledReason).HasMaxLength(200);
        builder.Ignore(e => e.Disabled);
        builder.HasIndex(e => e.OwnerId);
    }
}

internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.EventType).HasMaxLength(50);
        builder.Property(d => d.Payload).HasColumnType("jsonb");
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.AttemptLog).HasJsonbConversion();
        builder.HasIndex(d => new { d.EndpointId, d.Id });
        // The worker's scan: pending deliveries by when they are due; and one endpoint's queue (its next due, its length).
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'");
        builder.HasIndex(d => new { d.EndpointId, d.NextAttemptAt }).HasFilter("status = 'Pending'");
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
    }
}
