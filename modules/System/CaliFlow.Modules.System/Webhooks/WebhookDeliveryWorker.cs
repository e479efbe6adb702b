using global::System.Diagnostics;
using global::System.Text;
using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.Modules.System.Billing;
using CaliFlow.Modules.System.Domain;
using CaliFlow.Modules.System.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.System.Webhooks;

/// <summary>
/// Sends queued outbound webhooks: claims due deliveries with FOR UPDATE SKIP LOCKED (instances share the queue), POSTs each
/// signed with its endpoint's secret (<c>CaliFlow-Signature: t=…,v1=HMAC-SHA256("t.body")</c>), records the attempt, and
/// schedules a retry with exponential backoff unless the receiver answered 2xx or attempts ran out.
/// </summary>
internal sealed partial class WebhookDeliveryWorker(
    IServiceScopeFactory scopes, IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider time,
    ILogger<WebhookDeliveryWorker> logger) : BackgroundService
{
    public const string HttpClientName = "outbound-webhooks";
    public const string SignatureHeader = "CaliFlow-Signature";
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await BatchLoop.RunAsync(SendDueAsync, BatchSize, options.Value.PollInterval, time, LogBatchFailed, stoppingToken);
    }

    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SystemDbContext>();
        var now = time.GetUtcNow();

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var due = await db.WebhookDeliveries
            .FromSql($"""
                      SELECT * FROM system.webhook_deliveries
                      WHERE status = 'Pending' AND next_attempt_at <= {now}
                      ORDER BY next_attempt_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                      """)
            .ToListAsync(cancellationToken);
        var endpointIds = due.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var client = httpClients.CreateClient(HttpClientName);
        client.Timeout = options.Value.Timeout;
        foreach (var delivery in due)
        {
            var attempt = await SendAsync(client, endpoints[delivery.EndpointId], delivery, cancellationToken);
            delivery.Record(attempt, options.Value.MaxAttempts, options.Value.RetryBaseDelay);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return due.Count;
    }

    private async Task<WebhookDeliveryAttempt> SendAsync(
        HttpClient client, WebhookEndpoint endpoint, WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        var attempt = new WebhookDeliveryAttempt { AttemptedAt = time.GetUtcNow() };
        var watch = Stopwatch.StartNew();
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Url)
            {
                Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(SignatureHeader, WebhookSignature.Sign(delivery.Payload, Encoding.UTF8.GetBytes(endpoint.Secret), time.GetUtcNow()));
            request.Headers.Add("CaliFlow-Event", delivery.EventType);
            request.Headers.Add("CaliFlow-Delivery", delivery.Id.ToString());
            // Headers only: the receiver's body is never read, so it can neither be large nor be shown back to anyone.
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            attempt.StatusCode = (int)response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            attempt.Error = WebhookSendErrors.Classify(ex);
        }

        attempt.DurationMs = (int)watch.ElapsedMilliseconds;
        if (!attempt.Succeeded)
        {
            LogAttemptFailed(delivery.Id, attempt.StatusCode, attempt.Error);
        }

        return attempt;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending outbound webhooks failed")]
    private partial void LogBatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Webhook delivery {DeliveryId} not accepted: {StatusCode} {Error}")]
    private partial void LogAttemptFailed(Guid deliveryId, int? statusCode, string? error);
}
