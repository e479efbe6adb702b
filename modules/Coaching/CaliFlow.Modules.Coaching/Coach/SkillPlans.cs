using System.Globalization;
using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>A step of the way to a skill and the unlock rule that moves the user on from it (null for the skill itself).</summary>
internal sealed record PlanStep(ExerciseInfo Exercise, UnlockRule? MoveOn);

/// <summary>
/// One week of a skill plan: <see cref="Sets"/> sets of <see cref="Amount"/> reps or seconds (per side where the exercise is)
/// at <see cref="Rpe"/>; a null amount means the skill itself, held or done as well as the user can. <see cref="Test"/> marks
/// the week that asks for the step's unlock target.
/// </summary>
internal sealed record PlannedWeek(int Week, ExerciseInfo Exercise, int Sets, int? Amount, int Rpe, bool Test);

/// <summary>
/// Lays the next weeks out along the way to a skill: each step builds to its unlock target over up to three weeks, then the
/// next step starts. Guidance only: the user moves on when their logs pass the unlock rule, not when the calendar says so.
/// </summary>
internal static class SkillPlans
{
    public const int DefaultWeeks = 4;
    public const int MaxWeeks = 12;

    // 60 %, 80 %, then the unlock target itself: a steady climb that leaves room in the first weeks (RPE 7), as the plan's
    // own blocks climb for three weeks.
    private static readonly decimal[] Ramp = [0.6m, 0.8m, 1m];
    private const int BuildRpe = 7;
    private const int SkillSets = 3;

    /// <param name="bestSet">The user's best set on the first step (reps or seconds), when logged: build weeks below 80 % of it are skipped.</param>
    public static IReadOnlyList<PlannedWeek> Build(IReadOnlyList<PlanStep> steps, int? bestSet, int weeks)
    {
        var plan = new List<PlannedWeek>();
        for (var i = 0; i < steps.Count && plan.Count < weeks; i++)
        {
            var (exercise, rule) = steps[i];
            if (rule is null)
            {
                while (plan.Count < weeks)
                {
                    plan.Add(new(plan.Count + 1, exercise, SkillSets, null, 8, false));
                }

                break;
            }

            var target = rule.HoldSeconds ?? rule.Reps ?? 1;
            var floor = i == 0 && bestSet is { } best ? best * 0.8m : 0;
            foreach (var share in Ramp.Where(share => share == 1 || target * share >= floor).TakeWhile(_ => plan.Count < weeks))
            {
                var test = share == 1;
                plan.Add(new(plan.Count + 1, exercise, rule.Sets, Math.Max(1, (int)Math.Round(target * share)), test ? rule.MaxRpe : BuildRpe, test));
            }
        }

        return plan;
    }

    /// <summary>The number of weeks a question asks for ("a 4-week plan", "six weeks", "next month"), within 1-12; 4 when it names none.</summary>
    public static int WeeksAsked(string question)
    {
        var words = CoachText.Normalize(question).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++)
        {
            var weeksPer = words[i] switch
            {
                "week" or "weeks" or "wk" or "wks" => 1,
                "month" or "months" => 4,
                _ => 0,
            };
            var count = i > 0 ? Number(words[i - 1]) : null;
            // "the month" is one month, but a week without a number ("what week am I in") says nothing about length.
            if (weeksPer == 4 || (weeksPer == 1 && count is not null))
            {
                return Math.Clamp((count ?? 1) * weeksPer, 1, MaxWeeks);
            }
        }

        return DefaultWeeks;
    }

    private static readonly string[] NumberWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

    private static int? Number(string word) =>
        int.TryParse(word, CultureInfo.InvariantCulture, out var n) ? n
        : Array.IndexOf(NumberWords, word) is >= 0 and var index ? index
        : word is "a" or "an" or "next" or "this" ? 1
        : (int?)null;
}
