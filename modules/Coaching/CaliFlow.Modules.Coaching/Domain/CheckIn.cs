using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Coaching.Contracts;

namespace CaliFlow.Modules.Coaching.Domain;

/// <summary>
/// A periodic self-assessment (check_ins). Scores are 1-5, higher meaning more of the named thing (sleep 5 = slept well,
/// soreness 5 = very sore, perceived difficulty 5 = sessions felt very hard); pain is 0-10 per body region.
/// </summary>
internal sealed class CheckIn : IHasTimestamps
{
    private CheckIn()
    {
    }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    /// <summary>The user's local date of the check-in.</summary>
    public DateOnly Date { get; private set; }

    public int Sleep { get; private set; }

    public int Energy { get; private set; }

    public int Soreness { get; private set; }

    public int Stress { get; private set; }

    public int Motivation { get; private set; }

    public int PerceivedDifficulty { get; private set; }

    public decimal? BodyWeightKg { get; private set; }

    /// <summary>Body region (see <see cref="BodyRegions"/>) → pain 0-10; regions without pain may be left out.</summary>
    public Dictionary<string, int> Pain { get; private set; } = [];

    public string? Notes { get; private set; }

    /// <summary>What autoregulation asked of the plan after this check-in, with the reasons.</summary>
    public List<CheckInAdjustment> Adjustments { get; private set; } = [];

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CheckIn Create(Guid id, Guid userId, DateOnly date, CheckInScores scores, decimal? bodyWeightKg, IReadOnlyDictionary<string, int> pain, string? notes) => new()
    {
        Id = id,
        UserId = userId,
        Date = date,
        Sleep = scores.Sleep,
        Energy = scores.Energy,
        Soreness = scores.Soreness,
        Stress = scores.Stress,
        Motivation = scores.Motivation,
        PerceivedDifficulty = scores.PerceivedDifficulty,
        BodyWeightKg = bodyWeightKg,
        Pain = pain.Where(p => p.Value > 0).ToDictionary(p => p.Key, p => p.Value),
        Notes = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim(),
    };

    public CheckInScores Scores => new(Sleep, Energy, Soreness, Stress, Motivation, PerceivedDifficulty);

    public void Decided(IEnumerable<CheckInAdjustment> adjustments) => Adjustments = [.. adjustments];
}

internal sealed record CheckInScores(int Sleep, int Energy, int Soreness, int Stress, int Motivation, int PerceivedDifficulty);

/// <summary>One autoregulation decision: what changes, for which pattern, from when to when, and why.</summary>
internal sealed record CheckInAdjustment(PlanAdjustmentKind Kind, string? Pattern, string Reason, DateOnly EffectiveFrom, DateOnly EffectiveUntil);
