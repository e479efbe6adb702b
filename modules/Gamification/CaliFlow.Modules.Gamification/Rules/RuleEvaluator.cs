namespace CaliFlow.Modules.Gamification.Rules;

/// <summary>How far a user is towards one rule: <see cref="Current"/> of <see cref="Target"/> (capped at the target).</summary>
internal readonly record struct RuleProgress(long Current, long Target)
{
    public bool Met => Current >= Target;
}

/// <summary>
/// Evaluates a rule against a user's running counters: one dictionary lookup, whatever the length of the user's history.
/// Every metric is kept as a number that only grows (totals, best day/week, best streak, 0/1 for an exercise reached), so a rule
/// of any kind is "counter ≥ threshold".
/// </summary>
internal static class RuleEvaluator
{
    public static RuleProgress Evaluate(AchievementRule rule, IReadOnlyDictionary<string, long> counters)
    {
        var value = counters.TryGetValue(rule.CounterKey, out var v) ? v : 0;
        return new RuleProgress(Math.Clamp(value, 0, rule.Threshold), rule.Threshold);
    }
}

/// <summary>Checks a rule against the metric catalogue and the exercise library; returns field errors (empty when valid).</summary>
internal static class RuleValidator
{
    public static IReadOnlyList<(string Field, string Message)> Validate(
        AchievementRule? rule, IReadOnlySet<string> patterns, IReadOnlySet<string> exercises)
    {
        if (rule is null)
        {
            return [("rule", "A rule is required.")];
        }

        if (string.IsNullOrWhiteSpace(rule.Metric) || !Metrics.All.TryGetValue(rule.Metric, out var metric))
        {
            return [("rule.metric", $"Unknown metric; one of: {string.Join(", ", Metrics.All.Keys)}.")];
        }

        var errors = new List<(string, string)>();
        if (rule.Threshold < 1 || rule.Threshold > metric.MaxThreshold)
        {
            errors.Add(("rule.threshold", $"Between 1 and {metric.MaxThreshold} for {metric.Name}."));
        }

        if (!Enum.IsDefined(rule.Window) || !metric.Windows.Contains(rule.Window))
        {
            errors.Add(("rule.window", metric.Additive
                ? "all-time, day or week."
                : $"{metric.Name} is counted over all time only: all-time."));
        }

        if (rule.Pattern is not null && (!metric.TakesPattern || !patterns.Contains(rule.Pattern)))
        {
            errors.Add(("rule.pattern", metric.TakesPattern
                ? $"'{rule.Pattern}' is not a movement pattern (see GET /movement-patterns)."
                : $"{metric.Name} takes no pattern."));
        }

        if (metric.NeedsExercise != rule.Exercise is not null)
        {
            errors.Add(("rule.exercise", metric.NeedsExercise ? "Name the exercise (its slug)." : $"{metric.Name} takes no exercise."));
        }
        else if (rule.Exercise is not null && !exercises.Contains(rule.Exercise))
        {
            errors.Add(("rule.exercise", $"'{rule.Exercise}' is not an exercise in the library."));
        }

        return errors;
    }
}
