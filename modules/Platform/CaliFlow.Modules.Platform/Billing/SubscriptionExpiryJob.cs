using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.Modules.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing;

/// <summary>
/// Ends canceled and past-due subscriptions whose paid period has run out. Premium already closes at the period end in Users
/// (the entitlement carries its end); this makes billing's state and the audit log say so. Claims rows with SKIP LOCKED.
/// </summary>
internal sealed partial class SubscriptionExpiryJob(
    IServiceScopeFactory scopes, IOptions<BillingOptions> options, TimeProvider time, ILogger<SubscriptionExpiryJob> logger) : BackgroundService
{
    private const int BatchSize = 50;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await BatchLoop.RunAsync(ExpireDueAsync, BatchSize, options.Value.ExpiryInterval, time, LogExpiryFailed, stoppingToken);
    }

    /// <summary>Ends one batch of lapsed subscriptions; returns how many.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var due = await ClaimedBatch.ClaimAsync(
            scopes,
            (PlatformDbContext db) => db.Subscriptions.FromSql($"""
                SELECT * FROM system.subscriptions
                WHERE status IN ('Canceled', 'PastDue') AND current_period_end <= {now}
                ORDER BY current_period_end LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """),
            cancellationToken);
        var changes = due.Services.GetRequiredService<BillingChanges>();
        foreach (var subscription in due.Rows)
        {
            if (subscription.Expire(now))
            {
                await changes.PublishAsync(subscription, "Period ended", cancellationToken);
            }
        }

        return await due.CommitAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Ending lapsed subscriptions failed")]
    private partial void LogExpiryFailed(Exception exception);
}
