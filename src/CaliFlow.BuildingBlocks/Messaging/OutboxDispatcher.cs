using System.Collections.Concurrent;
using System.Text.Json;
using CaliFlow.BuildingBlocks.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.BuildingBlocks.Messaging;

public sealed class OutboxOptions
{
    /// <summary>Off only to simulate a crash between commit and delivery (tests) or to run a read-only instance.</summary>
    public bool Enabled { get; set; } = true;

    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    public int BatchSize { get; set; } = 50;

    /// <summary>
    /// Batches delivered at once in this process, across every module's outbox. A batch holds its claim's connection and one
    /// per handler of the event in hand (three for a workout logged), so two batches keep at most about eight pooled connections
    /// and the rest always serve requests: with a backlog in every outbox, eight dispatchers once took the whole pool.
    /// </summary>
    public int ConcurrentBatches { get; set; } = 2;
}

/// <summary>The process's permits for <see cref="OutboxOptions.ConcurrentBatches"/>, shared by every module's dispatcher.</summary>
public sealed class OutboxDeliverySlots(IOptions<OutboxOptions> options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.ConcurrentBatches);

    public async Task<IDisposable> TakeAsync(CancellationToken cancellationToken)
    {
        await _slots.WaitAsync(cancellationToken);
        return new Slot(_slots);
    }

    public void Dispose() => _slots.Dispose();

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        public void Dispose() => slots.Release();
    }
}

/// <summary>
/// Delivers a module's outbox. Each batch is claimed with FOR UPDATE SKIP LOCKED inside a transaction, so several API instances
/// share the work without delivering a message twice at the same time; a crash releases the claim and another instance retries.
/// </summary>
public sealed partial class OutboxDispatcher<TDbContext>(
    IServiceScopeFactory scopes,
    IEnumerable<IIntegrationEventSubscription> subscriptions,
    IOptions<OutboxOptions> options,
    OutboxMetrics metrics,
    OutboxDeliverySlots slots,
    TimeProvider time,
    ILogger<OutboxDispatcher<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private static readonly ConcurrentDictionary<string, Type?> EventTypes = new();
    private readonly ILookup<Type, IIntegrationEventSubscription> _subscriptions = subscriptions.ToLookup(s => s.EventType);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Counted even where this instance does not deliver: the backlog is the deployment's, whoever reports it.
        metrics.CountPendingWith(Module, CountPending);
        if (!options.Value.Enabled)
        {
            return;
        }

        await BatchLoop.RunAsync(
            DispatchBatchAsync, options.Value.BatchSize, options.Value.PollInterval, time,
            ex => LogBatchFailed(ex, typeof(TDbContext).Name), stoppingToken);
    }

    /// <summary>Claims and delivers one batch; returns how many messages it claimed.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        using var slot = await slots.TakeAsync(cancellationToken);
        var now = time.GetUtcNow();
        await using var batch = await ClaimedBatch.ClaimAsync(
            scopes,
            (TDbContext db) => db.Set<OutboxMessage>().FromSqlRaw(ClaimSql(db), now, options.Value.BatchSize),
            cancellationToken);

        foreach (var message in batch.Rows)
        {
            try
            {
                await DeliverAsync(message, cancellationToken);
                message.MarkProcessed(time.GetUtcNow());
                metrics.Delivered(Module);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogDeliveryFailed(ex, message.Id, message.Type, message.Attempts + 1);
                message.MarkFailed(ex.Message, time.GetUtcNow());
                metrics.Failed(Module);
            }
        }

        return await batch.CommitAsync(cancellationToken);
    }

    /// <summary>The module whose outbox this is, as metrics name it: its DbContext's name without "DbContext".</summary>
    private static string Module => typeof(TDbContext).Name.Replace("DbContext", "", StringComparison.Ordinal).ToLowerInvariant();

    private long CountPending()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetRequiredService<TDbContext>().Set<OutboxMessage>().LongCount(m => m.ProcessedAt == null);
    }

    /// <summary>Pending messages that are due, oldest first; the outbox table is named by the module's model (its schema).</summary>
    private static string ClaimSql(DbContext db)
    {
        var outbox = db.Model.FindEntityType(typeof(OutboxMessage))!;
        return $"SELECT * FROM \"{outbox.GetSchema()}\".\"{outbox.GetTableName()}\"" +
               " WHERE processed_at IS NULL AND (next_attempt_at IS NULL OR next_attempt_at <= {0})" +
               " ORDER BY id LIMIT {1} FOR UPDATE SKIP LOCKED";
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var eventType = EventTypes.GetOrAdd(message.Type, static name => System.Type.GetType(name))
                        ?? throw new InvalidOperationException($"Unknown integration event type '{message.Type}'.");
        var integrationEvent = JsonSerializer.Deserialize(message.Payload, eventType, JsonDefaults.Options)
                               ?? throw new InvalidOperationException($"Empty payload for {message.Id}.");

        // Each handler records its work apart, in its own scope, connection and transaction: they run side by side, so an event
        // takes as long as its slowest handler rather than all of them in turn. Each handler still sees the events in order.
        await Task.WhenAll(_subscriptions[eventType].Select(subscription =>
            subscription.DeliverAsync(scopes, message.Id, integrationEvent, cancellationToken)));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox batch of {DbContext} failed")]
    private partial void LogBatchFailed(Exception exception, string dbContext);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Delivery of integration event {EventId} ({EventType}) failed, attempt {Attempt}")]
    private partial void LogDeliveryFailed(Exception exception, Guid eventId, string eventType, int attempt);
}
