using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using CaliFlow.Modules.Coaching.Domain;
using CaliFlow.Modules.Exercises.Contracts;
using Microsoft.Extensions.AI;

namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>
/// The coach that needs no network: it recognises what the last user message asks (<see cref="IntentRecognizer"/>), calls
/// the same user-bound tools a model would, and writes a plain-language answer from the results. The user's text is only
/// ever classified and searched for names, never followed.
/// </summary>
internal sealed class EmbeddedCoach(CoachTools tools) : IChatClient
{
    public const string ModelName = "califlow-embedded-coach";
    public const string IntentProperty = "intent";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var question = messages.LastOrDefault(m => m.Role == ChatRole.User)?.Text ?? "";
        var (intent, answer) = await AnswerAsync(question, cancellationToken);
        return new ChatResponse(new ChatMessage(ChatRole.Assistant, answer))
        {
            ModelId = ModelName,
            AdditionalProperties = new() { [IntentProperty] = IntentName(intent) },
        };
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(
        IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var response = await GetResponseAsync(messages, options, cancellationToken);
        // Sent a line at a time, as a model would stream it, so clients can render progressively.
        var text = response.Text;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end + 1;
            yield return new ChatResponseUpdate(ChatRole.Assistant, text[start..end])
            {
                ModelId = ModelName,
                AdditionalProperties = new() { [IntentProperty] = response.AdditionalProperties![IntentProperty] },
            };
            start = end;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this : null;

    public void Dispose()
    {
    }

    public static string IntentName(CoachIntent intent) => JsonNamingPolicy.KebabCaseLower.ConvertName(intent.ToString());

    public async Task<(CoachIntent Intent, string Answer)> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        var skills = ExerciseNames.Targets(await tools.LibraryAsync(cancellationToken), question);
        var (intent, _) = IntentRecognizer.Recognize(question, namesSkill: skills.Count > 0);
        var answer = intent switch
        {
            CoachIntent.Pain => await PainAsync(question, cancellationToken),
            CoachIntent.TodayWorkout => await TodayAsync(cancellationToken),
            CoachIntent.SkillPath => await SkillPathAsync(skills, cancellationToken),
            CoachIntent.SkillPlan => await SkillPlanAsync(question, skills, cancellationToken),
            CoachIntent.Deload => await DeloadAsync(cancellationToken),
            CoachIntent.Nutrition => await NutritionAsync(cancellationToken),
            CoachIntent.FormCues => await FormCuesAsync(question, cancellationToken),
            CoachIntent.StreakAndRecords => await StreakAsync(cancellationToken),
            CoachIntent.WeeklySummary => await WeeklySummaryAsync(cancellationToken),
            CoachIntent.Greeting => "Hi! " + Capabilities,
            _ => "I'm not sure I understood that. " + Capabilities,
        };
        return (intent, answer.TrimEnd());
    }

    private const string Capabilities =
        "I can help with:\n" +
        "- today's workout (\"what's my workout today?\")\n" +
        "- the way to a skill (\"how do I get to a muscle-up?\")\n" +
        "- a short plan toward a skill (\"a 4-week planche plan\")\n" +
        "- your plan week and deloads (\"why is this a deload week?\")\n" +
        "- your nutrition targets (\"how much protein should I eat?\")\n" +
        "- form cues for an exercise (\"how do I do a pistol squat properly?\")\n" +
        "- your streak and personal records\n" +
        "- a summary of your week\n" +
        "- what to do when something hurts.";

    private async Task<string> PainAsync(string question, CancellationToken cancellationToken)
    {
        var text = new StringBuilder();
        text.AppendLine("I'm sorry it hurts. Please don't train through pain: stop the movements that provoke it and rest the area.");
        text.AppendLine("If the pain is sharp, comes with swelling, numbness or tingling, followed a fall or a pop, or hasn't eased after a few days, " +
            "see a doctor or a physiotherapist before training it again. I can't diagnose an injury.");
        var regions = IntentRecognizer.RegionsMentioned(question);
        var checkInRegion = regions.Count > 0 ? regions[0] : "shoulder";
        text.Append(CultureInfo.InvariantCulture, $"Tell your plan too: send a check-in (POST /check-ins) with the pain for the region, e.g. \"pain\": {{\"{checkInRegion}\": 6}}. ");
        text.AppendLine("At 5/10 or more, the patterns that load that region switch to easier variations for the coming week, and the change shows on your workout with its reason.");
        if (regions.Count > 0)
        {
            var loaded = regions.SelectMany(r => BodyRegions.LoadedPatterns[r]).ToHashSet();
            var today = await tools.GetTodayWorkoutAsync(cancellationToken);
            var risky = today.Session?.Exercises.Where(e => loaded.Contains(e.Pattern)).Select(e => e.Name).ToList() ?? [];
            if (risky.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"In your next session ({Day(today.Session!.Date)}), these load your {string.Join(" and ", regions)}: {string.Join(", ", risky)}. Leave them out until it settles.");
            }
        }

        return text.ToString();
    }

    private async Task<string> TodayAsync(CancellationToken cancellationToken)
    {
        var today = await tools.GetTodayWorkoutAsync(cancellationToken);
        if (today.Session is not { } s)
        {
            return today.Message!;
        }

        var text = new StringBuilder();
        text.AppendLine(today.IsToday
            ? $"Today ({Day(s.Date)}) is \"{s.Name}\", week {s.Week} of your plan{(s.Deload ? ", a deload session: keep it easy" : "")}:"
            : $"No session today. The next one is \"{s.Name}\" on {Day(s.Date)} (week {s.Week}{(s.Deload ? ", deload" : "")}):");
        var n = 1;
        foreach (var e in s.Exercises)
        {
            text.AppendLine(Invariant, $"{n++}. {e.Name}: {e.Prescription}");
        }

        foreach (var reason in s.Adjustments)
        {
            text.AppendLine(Invariant, $"Adjusted after your check-in: {reason}");
        }

        text.AppendLine("Warm up first, and stop any set that hurts.");
        return text.ToString();
    }

    /// <summary>The skills the coach offers by name when none is named (each is recognised by the name shown; a unit test holds the list to the library).</summary>
    public static readonly string[] ListedSkills =
    [
        "muscle-up", "front-lever", "back-lever", "full-planche", "freestanding-handstand", "handstand-push-up", "pistol-squat",
        "l-sit", "one-arm-pull-up", "human-flag", "dragon-flag", "nordic-curl",
    ];

    // The way to each skill named (two at most, each under its own name), or to the plan's first target skill when none is.
    private async Task<string> SkillPathAsync(IReadOnlyList<ExerciseInfo> named, CancellationToken cancellationToken)
    {
        var skills = named.Take(2).Select(s => s.Slug).ToList();
        if (skills.Count == 0 && await PlannedSkillAsync(cancellationToken) is { } planned)
        {
            skills.Add(planned);
        }

        if (skills.Count == 0)
        {
            return await WhichSkillAsync(cancellationToken);
        }

        var text = new StringBuilder();
        foreach (var skill in skills)
        {
            AppendPath(text, await tools.GetSkillPathAsync(skill, cancellationToken));
        }

        text.AppendLine("Your logged sets unlock each step automatically, and your plan then trains the next one. Patience: tendons adapt slower than muscles.");
        return text.ToString();
    }

    private static void AppendPath(StringBuilder text, SkillPathFacts path)
    {
        if (path.MissingEquipment.Count > 0)
        {
            var skillNeeds = path.Steps[^1].Needs.Count > 0;
            var them = path.MissingEquipment.Count == 1 ? "it" : "them";
            text.AppendLine(Invariant, $"{(skillNeeds ? $"The {path.Target} needs" : $"The easier steps toward the {path.Target} need")} " +
                $"{Equipment(path.MissingEquipment)}, which your profile doesn't list. Add {them} to your equipment (PATCH /me/profile) " +
                $"and your plan can train it; the way, once you have {them}:");
        }
        else
        {
            text.AppendLine(path.CurrentStep is { } current
                ? $"The way to the {path.Target}, from where you are now ({current}):"
                : $"The way to the {path.Target}, from the first step your equipment allows:");
        }

        var n = 1;
        foreach (var step in path.Steps)
        {
            var needs = step.Needs.Count > 0 ? $", needs {Equipment(step.Needs)}" : "";
            text.AppendLine(step.ToUnlockNext is { } rule
                ? $"{n++}. {step.Name} (difficulty {step.Difficulty}{needs}): move on when {rule}."
                : $"{n++}. {step.Name} (difficulty {step.Difficulty}{needs}): the goal.");
        }

        if (path.EasierStepsNeed.Count > 0)
        {
            text.AppendLine(Invariant, $"With {Equipment(path.EasierStepsNeed)}, the way would start with easier steps before the {path.Steps[0].Name}.");
        }
    }

    private async Task<string> SkillPlanAsync(string question, IReadOnlyList<ExerciseInfo> named, CancellationToken cancellationToken)
    {
        var skill = named is [var first, ..] ? first.Slug : await PlannedSkillAsync(cancellationToken);
        if (skill is null)
        {
            return await WhichSkillAsync(cancellationToken);
        }

        var plan = await tools.GetSkillPlanAsync(skill, SkillPlans.WeeksAsked(question), cancellationToken);
        var text = new StringBuilder();
        if (plan.MissingEquipment.Count > 0)
        {
            AppendPath(text, await tools.GetSkillPathAsync(skill, cancellationToken));
            text.AppendLine("Once your profile lists that equipment, ask me again for a plan.");
            return text.ToString();
        }

        var weeks = plan.Steps.Sum(s => s.Weeks.Count);
        text.AppendLine(Invariant, $"{(weeks is 8 or 11 ? "An" : "A")} {weeks}-week plan toward the {plan.Target}, starting at {plan.StartsAt} " +
            $"({(plan.FromTraining ? "what you train now" : "the first step your equipment allows")}).");
        text.AppendLine(Invariant, $"When: {plan.HowOften}.");
        string? previous = null;
        foreach (var step in plan.Steps)
        {
            var after = previous is null ? "" : $", once you pass the {previous}";
            text.AppendLine(step.MoveOnWhen is { } rule
                ? $"{step.Exercise}{after} (move on when: {rule}):"
                : $"{step.Exercise}{after}, the goal:");
            foreach (var week in step.Weeks)
            {
                text.AppendLine(Invariant, $"- week {week.Week}: {week.Prescription}");
            }

            previous = step.Exercise;
        }

        if (plan.Then.Count > 0)
        {
            text.AppendLine(Invariant, $"After that: {string.Join(" → ", plan.Then)}.");
        }

        text.AppendLine("Missed a test week? Repeat it before moving on: tendons adapt slower than muscles. Your logged sets unlock each step " +
            "automatically. This is guidance: your training plan itself does not change.");
        if (named.Count > 1)
        {
            text.AppendLine(Invariant, $"Ask me separately for a plan toward the {named[1].Name}.");
        }

        return text.ToString();
    }

    private async Task<string?> PlannedSkillAsync(CancellationToken cancellationToken) =>
        (await tools.GetPlanWeekAsync(cancellationToken)).Week?.TargetSkills is { Count: > 0 } skills ? skills[0] : null;

    private async Task<string> WhichSkillAsync(CancellationToken cancellationToken)
    {
        var library = await tools.LibraryAsync(cancellationToken);
        var names = ListedSkills.Select(library.Find).OfType<ExerciseInfo>().Select(e => ExerciseNames.CommonName(library, e));
        return "Which skill are you working toward? Name it, e.g. \"how do I get to a muscle-up?\" or \"a 4-week planche plan\". " +
               $"I know the way to {string.Join(", ", names)}, and every other exercise in the library.";
    }

    // "pull-up-bar" → "a pull-up bar", "box-or-bench" → "a box or bench", "rings" → "rings".
    private static string Equipment(IReadOnlyList<string> equipment) =>
        string.Join(" and ", equipment.Select(e => e switch
        {
            "pull-up-bar" => "a pull-up bar",
            "rings" or "dip-bars" or "parallettes" => e.Replace('-', ' '),
            _ => "a " + e.Replace('-', ' '),
        }));

    private async Task<string> DeloadAsync(CancellationToken cancellationToken)
    {
        var plan = await tools.GetPlanWeekAsync(cancellationToken);
        if (plan.Week is not { } w)
        {
            return plan.Message!;
        }

        var where = $"You are in week {w.Week} of {w.TotalWeeks}: week {w.WeekInBlock} of block {w.Block} ({w.BlockFocus}).";
        if (w.Deload)
        {
            return $"{where}\nThis is a deload week. {w.DeloadReason}\nKeep the sessions easy (about RPE 6, fewer sets): the point is to recover, not to test yourself.";
        }

        var next = w.NextDeloadWeek is { } nd ? $" Your next deload is week {nd}." : "";
        return $"{where}\nThis is not a deload week: the work climbs for three weeks, then a deload week drops sets and effort so your body absorbs it.{next}\n" +
               "If you feel run down before then, say so in a check-in (POST /check-ins): sustained fatigue brings the deload forward.";
    }

    private async Task<string> NutritionAsync(CancellationToken cancellationToken)
    {
        var t = await tools.GetNutritionTargetsAsync(cancellationToken);
        if (!t.HasTargets)
        {
            return t.Message!;
        }

        return string.Create(Invariant, $"Your daily targets (goal: {t.Goal!.Replace('-', ' ')}):\n- energy: {t.EnergyKcal} kcal\n- protein: {t.ProteinG} g\n- fat: {t.FatG} g\n- carbohydrate: {t.CarbohydrateG} g\n- fibre: {t.FibreG} g\n- water: {t.WaterMl / 1000m:0.0} l\n") +
            "Spread the protein over 3-5 meals, and eat some carbohydrate before hard sessions. A meal plan that fits: POST /meal-plans.";
    }

    private async Task<string> FormCuesAsync(string question, CancellationToken cancellationToken)
    {
        var cues = await tools.GetExerciseCuesAsync(question, cancellationToken);
        if (cues is null)
        {
            var today = await tools.GetTodayWorkoutAsync(cancellationToken);
            var names = today.Session?.Exercises.Select(e => e.Name).ToList() ?? [];
            return "Which exercise? Name it, e.g. \"form cues for the pistol squat\"." +
                   (names.Count > 0 ? $" Your next session has: {string.Join(", ", names)}." : "");
        }

        var text = new StringBuilder();
        text.AppendLine(Invariant, $"{cues.Name}: {cues.Instructions}");
        if (cues.Cues.Count > 0)
        {
            text.AppendLine("Cues:");
            cues.Cues.ToList().ForEach(c => text.AppendLine(Invariant, $"- {c}"));
        }

        if (cues.CommonMistakes.Count > 0)
        {
            text.AppendLine("Common mistakes:");
            cues.CommonMistakes.ToList().ForEach(c => text.AppendLine(Invariant, $"- {c}"));
        }

        return text.ToString();
    }

    private async Task<string> StreakAsync(CancellationToken cancellationToken)
    {
        var s = await tools.GetStreakAndRecordsAsync(cancellationToken);
        if (s.Workouts == 0)
        {
            return "No workouts logged yet, so no streak or records: log your first one (POST /workout-logs) and they start counting.";
        }

        var text = new StringBuilder();
        text.AppendLine(Invariant, $"{s.Workouts} workout{(s.Workouts == 1 ? "" : "s")} logged. Current streak: {Days(s.CurrentStreakDays)}; longest: {Days(s.LongestStreakDays)}.");
        if (s.Records.Count > 0)
        {
            text.AppendLine("Personal records (latest first):");
            foreach (var r in s.Records.Take(5))
            {
                var best = new List<string>();
                if (r.BestReps is { } reps)
                {
                    best.Add($"{reps} reps");
                }

                if (r.BestHoldSeconds is { } hold)
                {
                    best.Add($"{hold} s hold");
                }

                if (r.BestLoadKg is { } load)
                {
                    best.Add(string.Create(Invariant, $"{load:0.#} kg effective load"));
                }

                text.AppendLine(Invariant, $"- {r.Exercise}: {string.Join(", ", best)} ({Day(r.LastImprovedOn)})");
            }
        }

        return text.ToString();
    }

    private async Task<string> WeeklySummaryAsync(CancellationToken cancellationToken)
    {
        var today = await tools.TodayAsync(cancellationToken);
        var workouts = (await tools.GetRecentWorkoutsAsync(10, cancellationToken)).Where(w => w.PerformedOn > today.AddDays(-7)).ToList();
        var checkIn = (await tools.GetRecentCheckInsAsync(cancellationToken)).FirstOrDefault(c => c.Date > today.AddDays(-7));
        var plan = await tools.GetPlanWeekAsync(cancellationToken);

        var text = new StringBuilder();
        text.AppendLine(Invariant, $"Your last 7 days ({Day(today.AddDays(-6))} to {Day(today)}):");
        text.AppendLine(workouts.Count == 0
            ? "- no workouts logged"
            : string.Create(Invariant, $"- {workouts.Count} workout{(workouts.Count == 1 ? "" : "s")}, {workouts.Sum(w => w.DurationMinutes ?? 0)} minutes") +
              (workouts.Any(w => w.AverageRpe is not null) ? string.Create(Invariant, $", average effort RPE {workouts.Where(w => w.AverageRpe is not null).Average(w => w.AverageRpe!.Value):0.#}") : ""));
        foreach (var w in workouts)
        {
            text.AppendLine(Invariant, $"  {Day(w.PerformedOn)}: {string.Join("; ", w.Exercises)}");
        }

        if (checkIn is not null)
        {
            text.AppendLine(Invariant, $"- check-in {Day(checkIn.Date)}: sleep {checkIn.Sleep}/5, energy {checkIn.Energy}/5, soreness {checkIn.Soreness}/5, stress {checkIn.Stress}/5, motivation {checkIn.Motivation}/5");
            checkIn.Adjustments.ToList().ForEach(a => text.AppendLine(Invariant, $"  plan change: {a}"));
        }
        else
        {
            text.AppendLine("- no check-in this week: a quick one (POST /check-ins) lets your plan adapt to how you feel");
        }

        if (plan.Week is { } week)
        {
            text.AppendLine(Invariant, $"- plan: week {week.Week} of {week.TotalWeeks}, block {week.Block} ({week.BlockFocus}){(week.Deload ? ", deload week" : "")}");
        }

        return text.ToString();
    }

    private static string Day(DateOnly date) => date.ToString("ddd d MMM", Invariant);

    private static string Days(int days) => days == 1 ? "1 day" : $"{days} days";
}
