using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Platform.Audit;
using CaliFlow.Modules.Platform.Billing;
using CaliFlow.Modules.Platform.OutboundWebhooks;
using CaliFlow.Modules.Platform.Privacy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CaliFlow.Modules.Platform.Persistence;

internal sealed class PlatformDbContext(DbContextOptions<PlatformDbContext> options) : DbContext(options)
{
    public const string Schema = "system";

    public DbSet<AuditLog> AuditLogs => Set<AuditLog>();

    public DbSet<BillingSubscription> Subscriptions => Set<BillingSubscription>();

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<CheckoutSession> CheckoutSessions => Set<CheckoutSession>();

    public DbSet<ReceivedPaymentWebhook> ReceivedPaymentWebhooks => Set<ReceivedPaymentWebhook>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<SandboxWebhook> SandboxWebhooks => Set<SandboxWebhook>();

    public DbSet<PurgeRequest> PurgeRequests => Set<PurgeRequest>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    /// <summary>The next subscription-change version: a database sequence, so versions grow across instances and restarts.</summary>
    public async Task<long> NextSubscriptionVersionAsync(CancellationToken cancellationToken) =>
        await Database.SqlQuery<long>($"SELECT nextval('system.subscription_change_versions') AS \"Value\"").SingleAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasSequence<long>("subscription_change_versions", Schema);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PlatformDbContext).Assembly);
        modelBuilder.ApplyModuleConventions(Schema);
    }
}

/// <summary>Lets `dotnet ef` (migrations, model checks) build the context without starting the host.</summary>
internal sealed class PlatformDbContextDesignTimeFactory : IDesignTimeDbContextFactory<PlatformDbContext>
{
    public PlatformDbContext CreateDbContext(string[] args) =>
        new(PersistenceRegistration.DesignTimeOptions<PlatformDbContext>(PlatformDbContext.Schema));
}
