using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Gamification.Contracts;
using CaliFlow.Modules.Platform.Audit;
using CaliFlow.Modules.Platform.Billing;
using CaliFlow.Modules.Platform.Contracts;
using CaliFlow.Modules.Platform.OutboundWebhooks;
using CaliFlow.Modules.Platform.Persistence;
using CaliFlow.Modules.Platform.Privacy;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Users.Contracts;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform;

/// <summary>
/// The Platform module's only public door: audit log, billing, privacy (export and purge), outbound webhooks, migration status.
/// Its tables stay in the schema "system", the module's first name, which deployed databases have.
/// </summary>
public static class PlatformModule
{
    public static IServiceCollection AddPlatformModule(this IServiceCollection services)
    {
        services.AddModuleDbContext<PlatformDbContext>(PlatformDbContext.Schema);
        services.AddOutboxDispatcher<PlatformDbContext>();
        services.AddCarterModulesFrom(typeof(PlatformModule).Assembly);
        services.AddValidatorsFromAssembly(typeof(PlatformModule).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true); // stateless: built once, not per request

        services.TryAddScoped<AuditTrail>();

        services.AddOptions<BillingOptions>().BindConfiguration(BillingOptions.Section);
        services.AddScoped<BillingChanges>();
        services.AddSingleton<SandboxSecret>();
        services.AddScoped<SandboxPaymentProvider>();
        services.AddScoped<StripePaymentProvider>();
        services.AddScoped<IPaymentProvider>(sp =>
            string.Equals(sp.GetRequiredService<IOptions<BillingOptions>>().Value.Provider, StripePaymentProvider.ProviderName, StringComparison.OrdinalIgnoreCase)
                ? sp.GetRequiredService<StripePaymentProvider>()
                : sp.GetRequiredService<SandboxPaymentProvider>());
        services.AddHttpClient(SandboxWebhookSender.HttpClientName);
        services.AddSingleton<SandboxWebhookSender>();
        services.AddHostedService(sp => sp.GetRequiredService<SandboxWebhookSender>());
        services.AddOptions<PrivacyOptions>().BindConfiguration(PrivacyOptions.Section);
        services.AddScoped<IPersonalData, PlatformPersonalData>();
        services.AddIntegrationEventHandler<UserDeletedIntegrationEvent, SchedulePurgeWhenUserDeleted, PlatformDbContext>();
        services.AddSingleton<PersonalDataPurgeJob>();
        services.AddHostedService(sp => sp.GetRequiredService<PersonalDataPurgeJob>());

        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.Section)
            .Validate(o => o.Timeout > TimeSpan.Zero && o.Lease >= o.Timeout * 2, "Webhooks:Lease must be at least twice Webhooks:Timeout.")
            .Validate(o => o.MaxAttempts > 0 && o.MaxPendingPerEndpoint > 0, "Webhook limits must be positive.")
            .ValidateOnStart();
        services.AddScoped<WebhookFanOut>();
        services.AddIntegrationEventHandler<WorkoutLoggedIntegrationEvent, QueueWorkoutCompletedWebhooks, PlatformDbContext>();
        services.AddIntegrationEventHandler<WorkoutsImportedIntegrationEvent, QueueWorkoutsImportedWebhooks, PlatformDbContext>();
        services.AddIntegrationEventHandler<AchievementUnlockedIntegrationEvent, QueueAchievementUnlockedWebhooks, PlatformDbContext>();
        services.AddIntegrationEventHandler<SubscriptionChangedIntegrationEvent, QueueSubscriptionChangedWebhooks, PlatformDbContext>();
        services.AddSingleton<IHostAddressResolver, DnsHostAddressResolver>();
        services.AddSingleton<OutboundAddressGuard>();
        services.AddHttpClient(WebhookDeliveryWorker.HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout)
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // Every connection goes through the guard; a proxy or a followed redirect would step around it.
                ConnectCallback = sp.GetRequiredService<OutboundAddressGuard>().ConnectAsync,
                UseProxy = false,
                AllowAutoRedirect = false,
                UseCookies = false,
                // Connecting is part of an attempt, which Webhooks:Timeout bounds as a whole (the client's timeout).
                ConnectTimeout = sp.GetRequiredService<IOptions<WebhookOptions>>().Value.Timeout,
                MaxResponseHeadersLength = 16, // KiB
                MaxResponseDrainSize = 0, // an unread body closes the connection rather than being read to reuse it
                PooledConnectionLifetime = TimeSpan.FromMinutes(1),
            });
        services.AddSingleton<WebhookDeliveryWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDeliveryWorker>());

        services.AddSingleton<SubscriptionExpiryJob>();
        services.AddHostedService(sp => sp.GetRequiredService<SubscriptionExpiryJob>());
        services.AddIntegrationEventHandler<AuditEventOccurredIntegrationEvent, AppendAuditLog, PlatformDbContext>();
        return services;
    }
}
