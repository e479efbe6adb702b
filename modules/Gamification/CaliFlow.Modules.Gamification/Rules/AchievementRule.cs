namespace CaliFlow.Modules.Gamification.Rules;

/// <summary>Over what stretch of time a metric is counted: all of it, or the best single local day or week.</summary>
internal enum RuleWindow
{
    AllTime,
    Day,
    Week,
}

/// <summary>
/// When an achievement is reached: <see cref="Metric"/> (one of <see cref="Metrics"/>) reaching <see cref="Threshold"/> in
/// <see cref="Window"/>. <see cref="Pattern"/> narrows reps and hold totals to a movement pattern; <see cref="Exercise"/> names
/// the exercise an <c>exercise-reached</c> rule waits for. Stored as JSONB with the definition.
/// </summary>
internal sealed record AchievementRule(string Metric, long Threshold, RuleWindow Window = RuleWindow.AllTime, string? Pattern = null, string? Exercise = null)
{
    /// <summary>The running counter this rule reads (see <see cref="CounterKeys"/>).</summary>
    public string CounterKey => CounterKeys.For(Metric, Pattern ?? Exercise, Window);
}

/// <summary>
/// What a metric is about and which rule options make sense for it. Additive metrics can also be counted per day or week;
/// streaks and milestones only over all time.
/// </summary>
internal sealed record MetricDefinition(string Name, string Description, bool Additive, bool TakesPattern = false, bool NeedsExercise = false, long MaxThreshold = 10_000_000)
{
    public IReadOnlyList<RuleWindow> Windows => Additive ? [RuleWindow.AllTime, RuleWindow.Day, RuleWindow.Week] : [RuleWindow.AllTime];
}

/// <summary>Every metric a rule may name; counters for all of them are kept for every user from the integration events.</summary>
internal static class Metrics
{
    public const string Workouts = "workouts";
    public const string Reps = "reps";
    public const string HoldSeconds = "hold-seconds";
    public const string PersonalRecords = "personal-records";
    public const string ExerciseReached = "exercise-reached";
    public const string ProgressionsUnlocked = "progressions-unlocked";
    public const string SessionsCompleted = "sessions-completed";
    public const string PlansStarted = "plans-started";
    public const string PlanWeeksCompleted = "plan-weeks-completed";
    public const string PlansCompleted = "plans-completed";
    public const string CheckIns = "check-ins";
    public const string DayStreak = "day-streak";
    public const string TrainingWeekStreak = "training-week-streak";
    public const string CheckInWeekStreak = "check-in-week-streak";

    public static IReadOnlyDictionary<string, MetricDefinition> All { get; } = new[]
    {
        new MetricDefinition(Workouts, "Workouts logged.", Additive: true),
        new MetricDefinition(Reps, "Repetitions done, of one movement pattern or of all.", Additive: true, TakesPattern: true),
        new MetricDefinition(HoldSeconds, "Seconds held in static holds, of one movement pattern or of all.", Additive: true, TakesPattern: true),
        new MetricDefinition(PersonalRecords, "Sets that beat the user's best set of that exercise.", Additive: true),
        new MetricDefinition(ExerciseReached, "The exercise was unlocked through its progressions or logged (1 once reached).", Additive: false, NeedsExercise: true, MaxThreshold: 1),
        new MetricDefinition(ProgressionsUnlocked, "Harder variations unlocked by auto-progression (each step once).", Additive: false),
        new MetricDefinition(SessionsCompleted, "Planned sessions done.", Additive: true),
        new MetricDefinition(PlansStarted, "Training plans started.", Additive: false),
        new MetricDefinition(PlanWeeksCompleted, "Plan weeks kept (nothing left planned, at least half the sessions done).", Additive: false),
        new MetricDefinition(PlansCompleted, "Whole plans kept.", Additive: false),
        new MetricDefinition(CheckIns, "Check-ins submitted.", Additive: true),
        new MetricDefinition(DayStreak, "Longest run of consecutive local days with a workout.", Additive: false, MaxThreshold: 10_000),
        new MetricDefinition(TrainingWeekStreak, "Longest run of weeks with the planned number of workouts (freeze tokens bridge a missed week).", Additive: false, MaxThreshold: 1_000),
        new MetricDefinition(CheckInWeekStreak, "Longest run of consecutive weeks with a check-in.", Additive: false, MaxThreshold: 1_000),
    }.ToDictionary(m => m.Name, StringComparer.Ordinal);
}

/// <summary>
/// Names of the running counters in <c>user_counters</c>: <c>metric[:param]</c> over all time, <c>metric[:param]@day</c> /
/// <c>@week</c> for the best single day or week so far, and <c>metric[:param]@day:2026-03-30</c> / <c>@week:2026-03-30</c>
/// (the week's Monday) for the bucket being counted.
/// </summary>
internal static class CounterKeys
{
    public static string For(string metric, string? parameter, RuleWindow window)
    {
        var key = parameter is null ? metric : $"{metric}:{parameter}";
        return window switch
        {
            RuleWindow.Day => key + "@day",
            RuleWindow.Week => key + "@week",
            _ => key,
        };
    }

    public static string Bucket(string metric, string? parameter, RuleWindow window, DateOnly date) =>
        $"{For(metric, parameter, window)}:{(window == RuleWindow.Week ? WeekOf(date) : date):yyyy-MM-dd}";

    /// <summary>The best set ever logged of an exercise (reps, or seconds for holds): personal records beat it.</summary>
    public static string BestSet(Guid exerciseId) => $"best-set:{exerciseId}";

    /// <summary>
    /// Other apps' sessions in the week of <paramref name="date"/> that are not CaliFlow logs: with the week's workouts they meet
    /// the training week. Not a metric (no achievement reads it): a log of the same session arriving later takes one back.
    /// </summary>
    public static string OtherActivitiesInWeek(DateOnly date) => $"other-activities@week:{WeekOf(date):yyyy-MM-dd}";

    /// <summary>The Monday of the (ISO) week a local date falls in.</summary>
    public static DateOnly WeekOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
