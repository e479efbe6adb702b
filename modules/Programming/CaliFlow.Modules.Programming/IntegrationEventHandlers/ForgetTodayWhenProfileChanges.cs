using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.Contracts;
using Microsoft.Extensions.Caching.Hybrid;

namespace CaliFlow.Modules.Programming.IntegrationEventHandlers;

/// <summary>A new time zone moves "today"; new equipment or level may change what today's session should be.</summary>
internal sealed class ForgetTodayWhenProfileChanges(HybridCache cache) : IIntegrationEventHandler<UserProfileUpdatedIntegrationEvent>
{
    public async Task HandleAsync(UserProfileUpdatedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        await cache.RemoveAsync(ProgrammingCacheKeys.Today(integrationEvent.UserId), cancellationToken);
}
