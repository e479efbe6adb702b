using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.GetProgressionStatus;

internal sealed record GetProgressionStatusQuery(Guid UserId) : IQuery<ProgressionStatus>;

internal sealed record ProgressionStatus(IReadOnlyList<PatternStatus> Patterns);

/// <param name="Current">The variation the user trains now: auto-progression's last decision, else the last one logged; always an
/// exercise of <paramref name="Pattern"/>.</param>
/// <param name="Next">The step auto-progression would take next (the easiest harder one of the pattern the user's equipment
/// allows) and how far along its unlock rule the user is since the pattern's last change; null when there is none.</param>
internal sealed record PatternStatus(string Pattern, ExerciseRef Current, NextUnlock? Next, LastChange? LastChange);

internal sealed record ExerciseRef(Guid Id, string Slug, string Name);

/// <param name="QualifyingSessions">Sessions within the rule's window, after the pattern's last change, that met it.</param>
/// <param name="PercentDone">Qualifying sessions as a share of those the rule asks for, at most 100.</param>
internal sealed record NextUnlock(ExerciseRef Exercise, UnlockRule Rule, int QualifyingSessions, decimal PercentDone);

internal sealed record LastChange(VariationChange Change, Guid FromExerciseId, string Reason, DateTimeOffset At);
