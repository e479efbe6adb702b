using System.Globalization;
using CaliFlow.Modules.Coaching.Contracts;
using CaliFlow.Modules.Coaching.Domain;

namespace CaliFlow.Modules.Coaching.Autoregulation;

/// <summary>What the rules look at besides the check-in itself.</summary>
/// <param name="Previous">The check-in before this one, if it was within the last two weeks (fatigue that lasts).</param>
/// <param name="RecentAverageRpe">Mean RPE of the sets logged in the last 7 days, if any recorded one.</param>
/// <param name="DeloadAlreadyPlanned">The coming days are a deload in the plan already.</param>
internal sealed record AutoregulationInput(
    DateOnly Date,
    CheckInScores Scores,
    IReadOnlyDictionary<string, int> Pain,
    CheckInScores? Previous,
    decimal? RecentAverageRpe,
    bool DeloadAlreadyPlanned);

/// <summary>
/// Turns a check-in into plan changes for the coming 7 days, each with its reason. Fatigue is the mean of the six scores
/// turned so that 5 is worst (poor sleep, low energy, very sore, stressed, unmotivated, sessions very hard):
/// fatigue ≥ 3.5 cuts a set and an RPE point; fatigue ≥ 3.5 two check-ins running, or ≥ 4.25 at once, brings the deload
/// forward. Pain ≥ 5/10 in a region steps the patterns that load it down to easier variations. Fatigue ≤ 2, sessions rated
/// easy (difficulty ≤ 2), no pain above 2 and logged effort at RPE 7 or less moves next week's step forward.
/// </summary>
internal static class AutoregulationRules
{
    public const decimal HighFatigue = 3.5m;
    public const decimal VeryHighFatigue = 4.25m;
    public const decimal LowFatigue = 2.0m;
    public const int PainThreshold = 5;
    public const int EasyDifficulty = 2;
    public const decimal EasyRpe = 7m;
    public const int WindowDays = 7;

    public static decimal Fatigue(CheckInScores s) =>
        Math.Round((6 - s.Sleep + (6 - s.Energy) + s.Soreness + s.Stress + (6 - s.Motivation) + s.PerceivedDifficulty) / 6m, 2);

    public static IReadOnlyList<CheckInAdjustment> Decide(AutoregulationInput input)
    {
        var from = input.Date;
        var until = input.Date.AddDays(WindowDays - 1);
        var adjustments = new List<CheckInAdjustment>();
        var s = input.Scores;
        var fatigue = Fatigue(s);
        var previousFatigue = input.Previous is null ? (decimal?)null : Fatigue(input.Previous);
        var scores = string.Create(CultureInfo.InvariantCulture,
            $"sleep {s.Sleep}/5, energy {s.Energy}/5, soreness {s.Soreness}/5, stress {s.Stress}/5, motivation {s.Motivation}/5, sessions {s.PerceivedDifficulty}/5 hard");

        if (fatigue >= HighFatigue && !input.DeloadAlreadyPlanned)
        {
            if (fatigue >= VeryHighFatigue || previousFatigue >= HighFatigue)
            {
                var why = previousFatigue >= HighFatigue ? "has stayed high for two check-ins running" : "is very high";
                adjustments.Add(new(PlanAdjustmentKind.EarlyDeload, null,
                    $"Your fatigue {why} ({scores}): the coming week becomes a deload now, with two sets per exercise at an easy effort (RPE 6), so you recover before building again.",
                    from, until));
            }
            else
            {
                adjustments.Add(new(PlanAdjustmentKind.ReduceVolume, null,
                    $"Your check-in shows fatigue building up ({scores}): the coming week has one set fewer per exercise and one point less effort (RPE).",
                    from, until));
            }
        }

        var painful = input.Pain.Where(p => p.Value >= PainThreshold).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var patterns = painful.SelectMany(p => BodyRegions.LoadedPatterns[p.Key].Select(pattern => (Pattern: pattern, Region: p)))
            .GroupBy(x => x.Pattern, StringComparer.Ordinal);
        foreach (var pattern in patterns.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var regions = string.Join(" and ", pattern.Select(x => $"{x.Region.Key} {x.Region.Value}/10"));
            adjustments.Add(new(PlanAdjustmentKind.EasierVariation, pattern.Key,
                $"You reported pain ({regions}): {pattern.Key.Replace('-', ' ')} exercises step down to an easier variation for the coming week. " +
                "Don't train through pain, and see a professional if it persists.",
                from, until));
        }

        var easy = s.PerceivedDifficulty <= EasyDifficulty && (input.RecentAverageRpe is null || input.RecentAverageRpe <= EasyRpe);
        if (fatigue <= LowFatigue && easy && input.Pain.Values.All(v => v < 3) && !input.DeloadAlreadyPlanned)
        {
            var effort = input.RecentAverageRpe is { } rpe ? string.Create(CultureInfo.InvariantCulture, $", logged effort RPE {rpe:0.#}") : "";
            adjustments.Add(new(PlanAdjustmentKind.ProgressSooner, null,
                $"You are fresh and the sessions felt easy ({scores}{effort}): the coming week moves up a step sooner, one more rep per set or five more seconds per hold.",
                from, until));
        }

        return adjustments;
    }
}
