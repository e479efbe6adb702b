using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Domain;

namespace CaliFlow.Modules.Programming.Assessments;

/// <summary>An assessment as the assessment routes answer it: the tests done and where each tested pattern starts, and why.</summary>
/// <param name="TakenOn">The user's local date of the tests.</param>
internal sealed record AssessmentResponse(
    Guid Id,
    DateOnly TakenOn,
    IReadOnlyList<AssessmentResultResponse> Results,
    IReadOnlyList<PlacementResponse> Placements,
    DateTimeOffset CreatedAt)
{
    public static async Task<List<AssessmentResponse>> FromAsync(
        IReadOnlyCollection<Assessment> assessments, IExerciseCatalog exercises, CancellationToken cancellationToken)
    {
        var ids = assessments.SelectMany(a => a.Results.Select(r => r.ExerciseId).Concat(a.Placements.Values.Select(p => p.ExerciseId)));
        var known = (await exercises.GetByIdsAsync(ids.Distinct(), cancellationToken)).ToDictionary(e => e.Id);
        return [.. assessments.Select(a => From(a, known))];
    }

    private static AssessmentResponse From(Assessment assessment, Dictionary<Guid, ExerciseInfo> exercises)
    {
        AssessedExercise Exercise(Guid id) =>
            exercises.TryGetValue(id, out var e) ? new(e.Id, e.Slug, e.Name) : new(id, id.ToString(), "(no longer in the library)");

        var results = assessment.Results
            .Select(r => new AssessmentResultResponse(r.Test, r.Pattern, Exercise(r.ExerciseId), r.MaxReps, r.MaxSeconds))
            .ToList();
        var placements = assessment.Placements
            .OrderBy(p => results.FindIndex(r => r.Pattern == p.Key))
            .Select(p => new PlacementResponse(p.Key, Exercise(p.Value.ExerciseId), p.Value.Reason, p.Value.EstimatedMax, p.Value.Explanation))
            .ToList();
        return new AssessmentResponse(assessment.Id, assessment.TakenOn, results, placements, assessment.CreatedAt);
    }
}

internal sealed record AssessedExercise(Guid Id, string Slug, string Name);

/// <param name="Test">Which test of the assessment (pushUps, rows, pullUps, squats, gluteBridges, plank).</param>
/// <param name="MaxReps">The best set in reps (per side for a one-sided exercise); null for a hold.</param>
/// <param name="MaxSeconds">The longest hold in seconds; null for an exercise counted in reps.</param>
internal sealed record AssessmentResultResponse(string Test, string Pattern, AssessedExercise Exercise, int? MaxReps, int? MaxSeconds);

/// <param name="Exercise">Where new plans start the pattern.</param>
/// <param name="EstimatedMax">The best set expected on it (reps or seconds); null after a step down.</param>
/// <param name="Explanation">The rule that placed it, with the numbers.</param>
internal sealed record PlacementResponse(string Pattern, AssessedExercise Exercise, PlacementReason Reason, int? EstimatedMax, string Explanation);
