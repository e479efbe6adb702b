using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Platform.Billing.RunSandboxAction;

/// <param name="Action">renew (the next period is paid), fail-renewal (its payment fails) or refund (the last payment is refunded).</param>
internal sealed record RunSandboxActionCommand(Guid SubscriptionId, string Action) : ICommand<Result<SandboxActionQueued>>
{
    [JsonIgnore]
    public Guid UserId { get; init; }
}

internal sealed record SandboxActionQueued(Guid SubscriptionId, string Action);
