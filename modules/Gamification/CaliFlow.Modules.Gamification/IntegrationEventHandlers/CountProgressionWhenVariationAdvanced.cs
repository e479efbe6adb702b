using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Gamification.AchievementProgress;
using CaliFlow.Modules.Gamification.Rules;
using CaliFlow.Modules.Progress.Contracts;

namespace CaliFlow.Modules.Gamification.IntegrationEventHandlers;

/// <summary>
/// Auto-progression unlocked a harder variation: one more progression (each step once, even after a regression and a second
/// advance), and the exercise it reached (first pull-up, muscle-up, pistol squat… by the exercise's slug). Regressions count nothing.
/// </summary>
internal sealed class CountProgressionWhenVariationAdvanced(ProgressTracker tracker, IExerciseCatalog exercises)
    : IIntegrationEventBatchHandler<VariationChangedIntegrationEvent>
{
    public Task HandleAsync(VariationChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken) =>
        HandleAsync([integrationEvent], cancellationToken);

    /// <summary>A batch's advances, of any users, with one exercise lookup and one tracker pass.</summary>
    public async Task HandleAsync(IReadOnlyList<VariationChangedIntegrationEvent> integrationEvents, CancellationToken cancellationToken)
    {
        var advances = integrationEvents.Where(e => e.Change == VariationChange.Advanced).ToList();
        if (advances.Count == 0)
        {
            return;
        }

        var reached = (await exercises.GetByIdsAsync(advances.Select(e => e.ToExerciseId).Distinct(), cancellationToken)).ToDictionary(e => e.Id);
        await tracker.CountAsync([.. advances.Select(e => Fact(e, reached.GetValueOrDefault(e.ToExerciseId)))], cancellationToken);
    }

    private static FactToCount Fact(VariationChangedIntegrationEvent advance, ExerciseInfo? reached)
    {
        var changes = new CounterChanges().Add(Metrics.ProgressionsUnlocked, null, 1, date: null);
        if (reached is not null)
        {
            changes.Raise(CounterKeys.For(Metrics.ExerciseReached, reached.Slug, RuleWindow.AllTime), 1);
        }

        return new FactToCount(advance.UserId, $"progression:{advance.FromExerciseId}:{advance.ToExerciseId}", changes, []);
    }
}
