using System.Text;
using CaliFlow.BuildingBlocks.Hosting;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Platform.Persistence;
using CaliFlow.Modules.Platform.Signing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.Billing;

/// <summary>
/// The sandbox provider's webhook delivery, as a real provider does it: over HTTP to the configured base address, signed at
/// each attempt, retried with backoff until a 2xx. Rows are claimed with FOR UPDATE SKIP LOCKED, so instances share the queue.
/// </summary>
internal sealed partial class SandboxWebhookSender(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    SandboxSecret secret,
    IOptions<BillingOptions> options,
    TimeProvider time,
    ILogger<SandboxWebhookSender> logger) : BackgroundService
{
    public const string HttpClientName = "billing-sandbox-webhooks";
    private const int BatchSize = 20;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!string.Equals(options.Value.Provider, SandboxPaymentProvider.ProviderName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        await BatchLoop.RunAsync(SendDueAsync, BatchSize, options.Value.Sandbox.DeliveryInterval, time, LogBatchFailed, stoppingToken);
    }

    /// <summary>Sends one batch of due webhooks; returns how many it claimed.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var max = options.Value.Sandbox.MaxDeliveryAttempts;
        await using var due = await ClaimedBatch.ClaimAsync(
            scopes,
            (PlatformDbContext db) => db.SandboxWebhooks.FromSql($"""
                SELECT * FROM system.sandbox_webhooks
                WHERE delivered_at IS NULL AND next_attempt_at <= {now} AND attempts < {max}
                ORDER BY id LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                """),
            cancellationToken);

        var client = httpClients.CreateClient(HttpClientName);
        client.BaseAddress ??= new Uri(options.Value.Sandbox.BaseUrl);
        foreach (var webhook in due.Rows)
        {
            await SendAsync(client, webhook, cancellationToken);
        }

        return await due.CommitAsync(cancellationToken);
    }

    private async Task SendAsync(HttpClient client, SandboxWebhook webhook, CancellationToken cancellationToken)
    {
        webhook.Attempts++;
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{ApiPrefix.V1}/billing/webhooks/sandbox")
            {
                Content = new StringContent(webhook.Payload, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(SandboxPaymentProvider.SignatureHeader, TimestampedSignature.Sign(webhook.Payload, secret.Key, time.GetUtcNow()));
            using var response = await client.SendAsync(request, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                webhook.DeliveredAt = time.GetUtcNow();
                webhook.LastError = null;
                return;
            }

            webhook.LastError = $"HTTP {(int)response.StatusCode}";
        }
        catch (HttpRequestException ex)
        {
            webhook.LastError = ex.Message.Length > 500 ? ex.Message[..500] : ex.Message;
        }

        webhook.NextAttemptAt = time.GetUtcNow() + TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, webhook.Attempts)));
        LogDeliveryFailed(webhook.Id, webhook.Attempts, webhook.LastError);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Sending sandbox billing webhooks failed")]
    private partial void LogBatchFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sandbox webhook {WebhookId} not accepted (attempt {Attempt}): {Error}")]
    private partial void LogDeliveryFailed(Guid webhookId, int attempt, string? error);
}
