namespace CaliFlow.Modules.Coaching.Coach;

/// <summary>What a question to the embedded coach is about.</summary>
internal enum CoachIntent
{
    Pain,
    TodayWorkout,
    SkillPath,
    SkillPlan,
    Deload,
    Nutrition,
    FormCues,
    StreakAndRecords,
    WeeklySummary,
    Greeting,
    Unknown,
}

/// <summary>
/// Recognises the intent of a question by scoring weighted phrases, so different wordings of the same question land on the
/// same intent. Anything about pain or injury wins outright: safety before training advice.
/// </summary>
internal static class IntentRecognizer
{
    private static readonly (CoachIntent Intent, (string Phrase, double Weight)[] Phrases)[] Table =
    [
        (CoachIntent.Pain,
        [
            ("pain", 3), ("painful", 3), ("hurt*", 3), ("injur*", 3), ("sprain*", 3), ("strained", 3), ("tweak*", 3),
            ("tendon*", 2), ("tendinitis", 3), ("tendonitis", 3), ("swollen", 3), ("swelling", 3), ("numb*", 3), ("tingl*", 3),
            ("sharp", 1), ("ache", 2), ("aches", 2), ("aching", 2), ("pinch*", 2), ("twinge*", 2), ("pulled a", 2),
        ]),
        (CoachIntent.TodayWorkout,
        [
            ("today", 2), ("todays", 2), ("tonight", 1), ("workout", 1), ("session", 1), ("train", 1), ("what should i do", 2),
            ("what do i do", 2), ("whats on", 2), ("next workout", 3), ("next session", 3), ("scheduled", 1), ("on the plan", 2),
            ("what am i doing", 2), ("exercises for", 1),
        ]),
        (CoachIntent.SkillPath,
        [
            ("how do i get", 3), ("how can i get", 3), ("how to get", 3), ("get to", 2), ("learn", 2), ("achieve", 2), ("unlock", 2),
            ("progression", 2), ("progress to", 3), ("progress toward*", 3), ("work toward*", 2), ("skill", 2), ("steps to", 2),
            ("road to", 2), ("my first", 2), ("path to", 2),
        ]),
        (CoachIntent.Deload,
        [
            ("deload", 5), ("easy week", 3), ("easier week", 3), ("light week", 3), ("lighter week", 3), ("why is this week", 3),
            ("why so easy", 3), ("so easy", 1), ("recovery week", 3), ("fewer sets", 2), ("less volume", 2), ("what week", 2),
            ("which week", 2), ("week am i", 2), ("block", 1),
        ]),
        (CoachIntent.Nutrition,
        [
            ("eat", 2), ("eating", 2), ("food", 2), ("nutrition", 3), ("calorie*", 3), ("kcal", 3), ("protein", 3), ("macro*", 3),
            ("carb*", 3), ("diet", 2), ("water", 2), ("hydrat*", 2), ("meal*", 2), ("fibre", 2), ("fiber", 2), ("targets", 1),
        ]),
        (CoachIntent.FormCues,
        [
            ("form", 3), ("cue*", 3), ("technique", 3), ("how do i do", 3), ("how to do", 3), ("how do you do", 3),
            ("how should i do", 3), ("properly", 2), ("correctly", 2), ("mistake*", 2), ("execute", 2), ("perform", 1), ("tips", 1),
            ("explain", 2),
        ]),
        (CoachIntent.StreakAndRecords,
        [
            ("streak*", 4), ("record*", 3), ("pr", 3), ("prs", 3), ("personal best*", 4), ("best", 1), ("how many workouts", 3),
            ("consistent", 2), ("consistency", 2), ("stats", 2), ("statistics", 2), ("my progress", 2), ("improved", 1),
        ]),
        (CoachIntent.WeeklySummary,
        [
            ("summary", 3), ("summarise", 3), ("summarize", 3), ("recap", 3), ("last week", 2), ("my week", 2), ("this week", 1),
            ("past week", 2), ("how did i do", 2), ("how am i doing", 2), ("review", 2), ("check in*", 2), ("checkin*", 2),
            ("recent workouts", 3),
        ]),
        (CoachIntent.Greeting, [("hi", 1), ("hello", 1), ("hey", 1), ("thanks", 1), ("thank you", 1), ("good morning", 1)]),
    ];

    // Asking about a skill with any of these wants a plan for it, not just the way.
    private static readonly string[] PlanWords = ["plan", "plans", "program*", "routine*", "schedule*", "month*", "week*"];

    // Naming an exercise of the library (the caller finds it: the library, not this table, knows the names) leans toward
    // the way to it, less than any clear phrase of another intent ("explain the planche lean" stays a form question).
    private const double NamedSkillWeight = 1.5;

    /// <param name="namesSkill">The text names an exercise of the library (see <see cref="ExerciseNames"/>).</param>
    public static (CoachIntent Intent, double Score) Recognize(string text, bool namesSkill = false)
    {
        var normalized = CoachText.Normalize(text);
        var scores = Table
            .Select(row => (row.Intent, Score: row.Phrases.Where(p => CoachText.Contains(normalized, p.Phrase)).Sum(p => p.Weight)
                + (namesSkill && row.Intent == CoachIntent.SkillPath ? NamedSkillWeight : 0)))
            .ToList();

        var pain = scores.Single(s => s.Intent == CoachIntent.Pain);
        if (pain.Score >= 3)
        {
            return pain;
        }

        // Highest score wins; a tie goes to the intent listed first (the table is in order of how specific the answers are).
        var best = scores.Where(s => s.Intent != CoachIntent.Pain)
            .Aggregate((best, next) => next.Score > best.Score ? next : best);
        if (best.Intent == CoachIntent.SkillPath && PlanWords.Any(w => CoachText.Contains(normalized, w)))
        {
            return (CoachIntent.SkillPlan, best.Score);
        }

        return best.Score > 0 ? best : (CoachIntent.Unknown, 0);
    }

    /// <summary>Body regions a pain question names, in check-in vocabulary.</summary>
    public static IReadOnlyList<string> RegionsMentioned(string text)
    {
        var words = CoachText.SingularWords(CoachText.Normalize(text));
        (string Phrase, string Region)[] regions =
        [
            ("neck", "neck"), ("shoulder", "shoulder"), ("rotator cuff", "shoulder"), ("elbow", "elbow"), ("wrist", "wrist"),
            ("chest", "chest"), ("pec", "chest"), ("upper back", "upper-back"), ("lower back", "lower-back"), ("hip", "hip"),
            ("knee", "knee"), ("ankle", "ankle"), ("achille", "ankle"),
        ];
        var found = regions.Where(r => CoachText.Contains(words, r.Phrase)).Select(r => r.Region).Distinct().ToList();
        if (found.Count == 0 && CoachText.Contains(words, "back"))
        {
            found.Add("lower-back");
        }

        return found;
    }
}
