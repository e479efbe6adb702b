using CaliFlow.BuildingBlocks.Caching;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Programming.IntegrationEventHandlers;

/// <summary>A new time zone moves "today"; new equipment or level may change what today's session should be.</summary>
internal sealed class ForgetTodayWhenProfileChanges(CacheInvalidation cache) : IIntegrationEventHandler<UserProfileUpdatedIntegrationEvent>
{
    public Task HandleAsync(UserProfileUpdatedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        cache.Invalidate(ProgrammingCacheKeys.Today(integrationEvent.UserId));
        return Task.CompletedTask;
    }
}
