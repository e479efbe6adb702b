using CaliFlow.Modules.Coaching.Autoregulation;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Coaching.Domain;

namespace CaliFlow.Modules.Coaching.CheckIns;

/// <summary>A check-in as the check-in routes and the data export show it.</summary>
/// <param name="Fatigue">The mean of the six scores turned so that 5 is worst; what the volume rules look at.</param>
/// <param name="Adjustments">What the check-in asked of the plan, with the reasons (empty: the plan stays as it is).</param>
internal sealed record CheckInResponse(
    Guid Id,
    DateOnly Date,
    int Sleep,
    int Energy,
    int Soreness,
    int Stress,
    int Motivation,
    int PerceivedDifficulty,
    decimal? BodyWeightKg,
    IReadOnlyDictionary<string, int> Pain,
    string? Notes,
    decimal Fatigue,
    IReadOnlyList<CheckInAdjustmentResponse> Adjustments,
    DateTimeOffset CreatedAt)
{
    public static CheckInResponse From(CheckIn c) => new(
        c.Id, c.Date, c.Sleep, c.Energy, c.Soreness, c.Stress, c.Motivation, c.PerceivedDifficulty, c.BodyWeightKg, c.Pain, c.Notes,
        AutoregulationRules.Fatigue(c.Scores),
        [.. c.Adjustments.Select(a => new CheckInAdjustmentResponse(a.Kind, a.Pattern, a.Reason, a.EffectiveFrom, a.EffectiveUntil))],
        c.CreatedAt);
}

internal sealed record CheckInAdjustmentResponse(PlanAdjustmentKind Kind, string? Pattern, string Reason, DateOnly EffectiveFrom, DateOnly EffectiveUntil);
