using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Assessments;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.RecordAssessment;

/// <summary>
/// The results of a placement assessment: up to six max tests, at least one. Each names the exercise done (its test's usual
/// one when left out) and the best set: maxReps for an exercise counted in reps (per side for a one-sided one), maxSeconds for
/// a hold. New plans start each tested pattern where the results place it.
/// </summary>
/// <param name="PushUps">Horizontal push: wall, incline, knee or full push-ups (push-up when not named).</param>
/// <param name="Rows">Horizontal pull: band, ring or inverted rows (inverted-row when not named).</param>
/// <param name="PullUps">Vertical pull: pull-ups, chin-ups, negatives, or a flexed-arm hang in seconds (pull-up when not named).</param>
/// <param name="Squats">Squat: box or bodyweight squats (bodyweight-squat when not named).</param>
/// <param name="GluteBridges">Hinge: glute bridges or hip thrusts (glute-bridge when not named).</param>
/// <param name="Plank">Core anti-extension: a plank hold in seconds, or another of the pattern (plank when not named).</param>
internal sealed record RecordAssessmentCommand(
    MaxTest? PushUps = null,
    MaxTest? Rows = null,
    MaxTest? PullUps = null,
    MaxTest? Squats = null,
    MaxTest? GluteBridges = null,
    MaxTest? Plank = null) : ICommand<Result<AssessmentResponse>>
{
    public const int MaxReps = 500;
    public const int MaxSeconds = 3600;

    [JsonIgnore]
    public Guid UserId { get; init; }

    /// <summary>The tests sent, each with its battery entry, in the battery's order.</summary>
    public IEnumerable<(BatteryTest Test, MaxTest Result)> Sent()
    {
        MaxTest?[] results = [PushUps, Rows, PullUps, Squats, GluteBridges, Plank];
        return Battery.Tests.Zip(results).Where(t => t.Second is not null).Select(t => (t.First, t.Second!));
    }
}

/// <param name="Exercise">Slug or id of the exercise done; the test's usual exercise when left out.</param>
/// <param name="MaxReps">The most good reps in one set, for an exercise counted in reps.</param>
/// <param name="MaxSeconds">The longest good hold in seconds, for a hold.</param>
internal sealed record MaxTest(string? Exercise = null, int? MaxReps = null, int? MaxSeconds = null);

/// <param name="Name">The request field, as the client names it.</param>
/// <param name="Pattern">The movement pattern it places.</param>
/// <param name="UsualExercise">The exercise assumed when the client names none.</param>
internal sealed record BatteryTest(string Name, string Pattern, string UsualExercise);

/// <summary>The six tests: horizontal push, horizontal and vertical pull, squat, hinge, core anti-extension.</summary>
internal static class Battery
{
    public static IReadOnlyList<BatteryTest> Tests { get; } =
    [
        new("pushUps", "horizontal-push", "push-up"),
        new("rows", "horizontal-pull", "inverted-row"),
        new("pullUps", "vertical-pull", "pull-up"),
        new("squats", "squat", "bodyweight-squat"),
        new("gluteBridges", "hinge", "glute-bridge"),
        new("plank", "core-anti-extension", "plank"),
    ];
}
