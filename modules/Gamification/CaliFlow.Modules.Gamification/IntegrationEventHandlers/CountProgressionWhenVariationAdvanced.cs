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
    : IIntegrationEventHandler<VariationChangedIntegrationEvent>
{
    public async Task HandleAsync(VariationChangedIntegrationEvent integrationEvent, CancellationToken cancellationToken)
    {
        if (integrationEvent.Change != VariationChange.Advanced)
        {
            return;
        }

        var changes = new CounterChanges().Add(Metrics.ProgressionsUnlocked, null, 1, date: null);
        var reached = (await exercises.GetByIdsAsync([integrationEvent.ToExerciseId], cancellationToken)).SingleOrDefault();
        if (reached is not null)
        {
            changes.Raise(CounterKeys.For(Metrics.ExerciseReached, reached.Slug, RuleWindow.AllTime), 1);
        }

        await tracker.CountAsync(
            integrationEvent.UserId, $"progression:{integrationEvent.FromExerciseId}:{integrationEvent.ToExerciseId}", changes, [], cancellationToken);
    }
}
