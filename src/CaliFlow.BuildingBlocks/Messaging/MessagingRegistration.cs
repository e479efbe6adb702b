using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CaliFlow.BuildingBlocks.Messaging;

public static class MessagingRegistration
{
    /// <summary>Starts delivering the outbox of a publishing module.</summary>
    public static IServiceCollection AddOutboxDispatcher<TDbContext>(this IServiceCollection services)
        where TDbContext : DbContext
    {
        services.AddOptions<OutboxOptions>().BindConfiguration("Outbox");
        services.AddMetrics();
        services.TryAddSingleton<OutboxMetrics>();
        services.TryAddSingleton<OutboxDeliverySlots>();
        services.AddHostedService<OutboxDispatcher<TDbContext>>();
        return services;
    }

    /// <summary>Subscribes a consumer module's handler; it records processed events in <typeparamref name="TConsumerDbContext"/>.</summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler, TConsumerDbContext>(
        this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
        where TConsumerDbContext : DbContext
    {
        services.AddScoped<THandler>();
        services.AddSingleton<IIntegrationEventSubscription, IntegrationEventSubscription<TEvent, THandler, TConsumerDbContext>>();
        return services;
    }
}
