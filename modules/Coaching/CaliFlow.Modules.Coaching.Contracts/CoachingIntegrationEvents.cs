using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Coaching.Contracts;

/// <summary>A periodic check-in was submitted.</summary>
/// <param name="Date">The user's local date of the check-in (check-in streaks count these).</param>
public sealed record CheckInSubmittedIntegrationEvent(Guid UserId, Guid CheckInId, DateOnly Date) : IIntegrationEvent;

/// <summary>How a check-in asks the plan to change.</summary>
public enum PlanAdjustmentKind
{
    /// <summary>Fewer sets and a lower target effort for the coming week (sustained fatigue).</summary>
    ReduceVolume,

    /// <summary>The coming week becomes a deload week now, not at the end of the block (fatigue that has built up).</summary>
    EarlyDeload,

    /// <summary>The exercises of <see cref="PlanAdjustmentRequestedIntegrationEvent.Pattern"/> step down to an easier variation (pain).</summary>
    EasierVariation,

    /// <summary>A little more work per set for the coming week (high readiness and sessions that felt easy).</summary>
    ProgressSooner,
}

/// <summary>
/// Autoregulation after a check-in: Programming applies it to the user's sessions still to do between
/// <paramref name="EffectiveFrom"/> and <paramref name="EffectiveUntil"/> (local dates, inclusive), once per
/// (<paramref name="CheckInId"/>, <paramref name="Kind"/>, <paramref name="Pattern"/>), and shows <paramref name="Reason"/> with them.
/// </summary>
/// <param name="Pattern">The movement pattern slug, for <see cref="PlanAdjustmentKind.EasierVariation"/> only.</param>
public sealed record PlanAdjustmentRequestedIntegrationEvent(
    Guid UserId,
    Guid CheckInId,
    PlanAdjustmentKind Kind,
    string? Pattern,
    string Reason,
    DateOnly EffectiveFrom,
    DateOnly EffectiveUntil) : IIntegrationEvent
{
    /// <summary>Identifies the adjustment whatever event carried it, so applying it twice changes nothing.</summary>
    public string Key => $"{CheckInId:N}:{Kind}:{Pattern}";
}
