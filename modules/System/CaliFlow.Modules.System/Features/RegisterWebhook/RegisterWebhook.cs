using global::System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.System.Features.RegisterWebhook;

/// <param name="Url">An https:// address that accepts POSTs.</param>
/// <param name="Events">Any of workout.completed, achievement.unlocked, subscription.changed.</param>
internal sealed record RegisterWebhookCommand(string Url, IReadOnlyList<string> Events) : ICommand<Result<RegisteredWebhook>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

/// <param name="Secret">Signs every delivery (see README); shown only now, keep it.</param>
internal sealed record RegisteredWebhook(Guid Id, string Url, IReadOnlyList<string> Events, string Secret, DateTimeOffset CreatedAt);
