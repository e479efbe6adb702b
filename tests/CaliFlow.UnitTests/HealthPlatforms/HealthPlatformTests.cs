using CaliFlow.Modules.Progress.Activities;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.HealthPlatforms;
using CaliFlow.UnitTests.Programming;
using Shouldly;

namespace CaliFlow.UnitTests.HealthPlatforms;

/// <summary>What makes a log and another app's activity one session, and how a log's sets are laid out for the health platforms.</summary>
public sealed class HealthPlatformTests
{
    private static readonly DateTimeOffset Nine = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// The segment types Health Connect's Jetpack client accepts inside a calisthenics session (ExerciseSegment's compatibility
    /// table for EXERCISE_TYPE_CALISTHENICS, plus the types every session accepts): a record with any other is refused.
    /// </summary>
    private static readonly HashSet<int> AllowedInCalisthenics =
        [0, 1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 22, 23, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 41, 42, 43, 44, 48, 49, 50, 51, 54, 63, 65];

    [Theory]
    [InlineData(0, 45, 2, 48, true)] // a watch started late and stopped late
    [InlineData(0, 45, 43, 30, false)] // a run straight after: two minutes shared
    [InlineData(0, 60, 20, 20, true)] // a short activity inside the workout
    [InlineData(0, 30, 30, 30, false)] // back to back
    [InlineData(0, 40, 20, 40, true)] // exactly half of the shorter
    public void Two_sessions_are_one_when_they_share_at_least_half_of_the_shorter(int aStart, int aMinutes, int bStart, int bMinutes, bool same)
    {
        var a = (Nine.AddMinutes(aStart), Nine.AddMinutes(aStart + aMinutes));
        var b = (Nine.AddMinutes(bStart), Nine.AddMinutes(bStart + bMinutes));
        SameSession.Overlap(a, b).ShouldBe(same);
        SameSession.Overlap(b, a).ShouldBe(same);
    }

    [Fact]
    public void Every_exercise_of_the_library_gets_a_segment_type_a_calisthenics_session_accepts()
    {
        var types = SeedLibrary.Instance.Exercises.Select(e => (e.Slug, Type: SegmentTypes.For(e.Slug, e.Pattern))).ToList();
        types.Where(t => !AllowedInCalisthenics.Contains(t.Type.Value)).ShouldBeEmpty();
        types.Single(t => t.Slug == "pull-up").Type.Value.ShouldBe(42);
        types.Single(t => t.Slug == "plank").Type.Value.ShouldBe(41);
        types.Single(t => t.Slug == "reverse-lunge").Type.Value.ShouldBe(36);
        types.Single(t => t.Slug == "burpee").Type.Value.ShouldBe(9);
        types.Single(t => t.Slug == "push-up").Type.ShouldBe(SegmentTypes.OtherWorkout); // Health Connect has no push-up
    }

    [Fact]
    public void Sets_are_laid_out_inside_the_session_in_order_and_apart_whatever_their_number_and_recorded_times()
    {
        var library = SeedLibrary.Instance;
        var pullUp = library.Find("pull-up")!;
        var plank = library.Find("plank")!;
        for (var seed = 0; seed < 500; seed++)
        {
            var random = new Random(seed);
            var minutes = random.Next(1, 120);
            var logId = Guid.CreateVersion7();
            var exercises = Enumerable.Range(0, random.Next(1, 6)).Select(order =>
            {
                var hold = random.Next(2) == 0;
                var sets = Enumerable.Range(0, random.Next(1, 12))
                    .Select(_ => hold ? new PerformedSet(null, random.Next(0, 300), null, null, null) : new PerformedSet(random.Next(0, 50), null, null, null, null));
                var exercise = hold ? plank : pullUp;
                return ExerciseLog.Create(logId, order + 1, exercise.Id, exercise.Pattern, exercise.BodyweightFraction, sets);
            }).ToList();
            var log = WorkoutLog.Create(logId, Guid.CreateVersion7(), null, DateOnly.FromDateTime(Nine.UtcDateTime), Nine, minutes, null, null, null, "", exercises, []);
            var count = exercises.Sum(e => e.Sets.Count);
            // Recorded on a phone whose clock may be off: some times fall before the start or after the end.
            IReadOnlyList<DateTimeOffset>? recorded = random.Next(2) == 0
                ? null
                : [.. Enumerable.Range(0, count).Select(_ => Nine.AddSeconds(random.Next(-600, (minutes * 60) + 600)))];

            var placed = PlacedWorkout.Place(log, log.Interval!.Value, "UTC", TimeSpan.Zero, library, recorded);

            placed.Sets.Count.ShouldBe(count);
            placed.Start.ShouldBe(Nine);
            placed.End.ShouldBeGreaterThanOrEqualTo(Nine.AddMinutes(minutes));
            var previousEnd = placed.Start;
            foreach (var set in placed.Sets)
            {
                set.Start.ShouldBeGreaterThanOrEqualTo(previousEnd, $"seed {seed}");
                set.End.ShouldBeGreaterThan(set.Start, $"seed {seed}");
                set.End.ShouldBeLessThanOrEqualTo(placed.End, $"seed {seed}");
                previousEnd = set.End;
            }

            // Widened only by the second each set needs when they were recorded in the same instant.
            (placed.End - Nine.AddMinutes(minutes)).ShouldBeLessThanOrEqualTo(TimeSpan.FromSeconds(count), $"seed {seed}");
        }
    }
}
