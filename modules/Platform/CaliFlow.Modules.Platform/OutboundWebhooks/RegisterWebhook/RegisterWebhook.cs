using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.RegisterWebhook;

/// <param name="Url">An https:// address that accepts POSTs.</param>
/// <param name="Events">Any of workout.completed, achievement.unlocked, subscription.changed.</param>
/// <param name="CurrentPassword">
/// Asked again (and checked by Users before the command runs): a webhook receives the user's data from now on, so an access
/// token alone must not be enough to register one.
/// </param>
internal sealed record RegisterWebhookCommand(string Url, IReadOnlyList<string> Events, string CurrentPassword)
    : ICommand<Result<RegisteredWebhook>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="Secret">Signs every delivery (see README); shown only now, keep it.</param>
internal sealed record RegisteredWebhook(Guid Id, string Url, IReadOnlyList<string> Events, string Secret, DateTimeOffset CreatedAt);
