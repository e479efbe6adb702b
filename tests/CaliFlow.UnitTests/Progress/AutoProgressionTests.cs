using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Contracts;
using CaliFlow.Modules.Progress.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

public sealed class AutoProgressionTests
{
    private static readonly UnlockRule ThreeByEight = new(3, 8, null, 8, 2, 14);
    private static readonly DateOnly Day = new(2026, 11, 20);
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly PerformedSet[] Good = [Reps(8), Reps(8), Reps(8)];
    private static readonly PrescribedSet[] ThreeByTen = [new(10, null, 90, 8, null), new(10, null, 90, 8, null), new(10, null, 90, 8, null)];
    private static readonly PerformedSet[] Failed = [Reps(3), Reps(2), Reps(2)];
    private static readonly Equipment[] Nothing = [];

    private static PerformedSet Reps(int reps, decimal? rpe = 8) => new(reps, null, rpe, null, null);

    /// <summary>A session <paramref name="daysAgo"/> before <see cref="Day"/>, recorded <paramref name="recorded"/> minutes after noon.</summary>
    private static ExerciseHistory Session(int daysAgo, PerformedSet[] sets, int recorded = 0, bool planned = false) =>
        new(new LogPosition(Day.AddDays(-daysAgo), Noon.AddMinutes(recorded), Guid.CreateVersion7()), sets,
            planned ? Guid.CreateVersion7() : null, planned ? ThreeByTen : null);

    private static ExerciseHistory Session(int daysAgo, params PerformedSet[] sets) => Session(daysAgo, sets, 0);

    private static ExerciseInfo Exercise(string slug, string pattern, int difficulty, Equipment[]? equipment = null, Equipment[][]? alternatives = null) =>
        new(Guid.CreateVersion7(), slug, slug, pattern, difficulty, equipment ?? [], [Muscle.Chest], [], ExerciseUnit.Reps, false, 0.6m, false,
            ExerciseKind.Strength, alternatives?.Select(a => (IReadOnlyList<Equipment>)a).ToList());

    private static ExerciseLibrary Library(IReadOnlyList<ExerciseInfo> exercises, params (ExerciseInfo From, ExerciseInfo To)[] edges) =>
        new("test", [], exercises, [.. edges.Select(e => new ProgressionInfo(Guid.CreateVersion7(), e.From.Id, e.To.Id, ThreeByEight))]);

    [Fact]
    public void A_session_meets_the_rule_with_enough_sets_at_the_target_and_an_acceptable_effort()
    {
        AutoProgression.SessionMeets(ThreeByEight, [Reps(8), Reps(9), Reps(8)]).ShouldBeTrue();
        AutoProgression.SessionMeets(ThreeByEight, [Reps(8), Reps(8), Reps(7)]).ShouldBeFalse();
        AutoProgression.SessionMeets(ThreeByEight, [Reps(8), Reps(8), Reps(8, rpe: 9)]).ShouldBeFalse();
        AutoProgression.SessionMeets(ThreeByEight, [Reps(8, null), Reps(8, null), Reps(8, null)]).ShouldBeTrue();
    }

    [Fact]
    public void Holds_are_measured_in_seconds()
    {
        var rule = new UnlockRule(3, null, 20, 8, 2, 14);

        AutoProgression.SessionMeets(rule, [new(null, 20, 7, null, null), new(null, 25, 8, null, null), new(null, 21, null, null, null)]).ShouldBeTrue();
        AutoProgression.SessionMeets(rule, [new(null, 19, 7, null, null), new(null, 25, 8, null, null), new(null, 21, 8, null, null)]).ShouldBeFalse();
    }

    [Fact]
    public void The_rule_unlocks_after_enough_qualifying_sessions_within_its_window()
    {
        AutoProgression.Unlocked(ThreeByEight, [Session(3, Good), Session(0, Good)], Day).ShouldBeTrue();
        AutoProgression.Unlocked(ThreeByEight, [Session(0, Good)], Day).ShouldBeFalse();
        AutoProgression.Unlocked(ThreeByEight, [Session(14, Good), Session(0, Good)], Day).ShouldBeFalse("14 days ago is outside a 14-day window");
        AutoProgression.Unlocked(ThreeByEight, [Session(3, Good), Session(1, Reps(5), Reps(5), Reps(5)), Session(0, Good)], Day).ShouldBeTrue();
    }

    [Fact]
    public void A_session_clearly_failed_when_well_under_the_prescribed_work()
    {
        AutoProgression.ClearlyFailed(ThreeByTen, [Reps(5), Reps(5), Reps(5)]).ShouldBeTrue();
        AutoProgression.ClearlyFailed(ThreeByTen, [Reps(6), Reps(6), Reps(6)]).ShouldBeFalse();
        AutoProgression.ClearlyFailed(ThreeByTen, [Reps(10), Reps(9)]).ShouldBeFalse();
    }

    [Fact]
    public void Logs_are_placed_by_date_then_by_when_they_were_recorded()
    {
        var id = Guid.CreateVersion7();
        (new LogPosition(Day.AddDays(-1), Noon.AddHours(5), id) < new LogPosition(Day, Noon, id)).ShouldBeTrue("an earlier date comes first, however late it was recorded");
        (new LogPosition(Day, Noon, id) < new LogPosition(Day, Noon.AddMinutes(1), id)).ShouldBeTrue("the same date: recorded first comes first");
    }

    [Fact]
    public void The_evidence_window_starts_after_the_last_change()
    {
        var beforeChange = Session(3, Good, recorded: 0);
        var sameDayBefore = Session(1, Good, recorded: 1);
        var change = Session(1, Failed, recorded: 2).At;
        var sameDayAfter = Session(1, Good, recorded: 3);
        var later = Session(0, Good, recorded: 4);

        AutoProgression.QualifyingSessions(ThreeByEight, [beforeChange, sameDayBefore, sameDayAfter, later], Day).ShouldBe(4);
        AutoProgression.QualifyingSessions(ThreeByEight, [beforeChange, sameDayBefore, sameDayAfter, later], Day, since: change).ShouldBe(2);
        AutoProgression.Unlocked(ThreeByEight, [beforeChange, sameDayBefore, later], Day, since: change).ShouldBeFalse();
    }

    [Fact]
    public void After_a_change_the_next_step_needs_new_evidence_and_a_log_from_before_the_change_moves_nothing()
    {
        var pushUp = Exercise("push-up", "horizontal-push", 3);
        var diamond = Exercise("diamond-push-up", "horizontal-push", 4);
        var knee = Exercise("knee-push-up", "horizontal-push", 2);
        var library = Library([knee, pushUp, diamond], (knee, pushUp), (pushUp, diamond));
        var oldEvidence = Session(4, Good, recorded: 0);
        var regression = new PatternChange(Session(3, Failed, recorded: 1).At, diamond.Id, pushUp.Id, VariationChange.Regressed);

        AutoProgression.Decide(pushUp, library, Nothing, Session(2, Good, recorded: 2), [oldEvidence], lastChange: null)!.To.ShouldBe(diamond);
        AutoProgression.Decide(pushUp, library, Nothing, Session(2, Good, recorded: 2), [oldEvidence], regression)
            .ShouldBeNull("the session before the regression no longer counts");
        AutoProgression.Decide(pushUp, library, Nothing, Session(0, Good, recorded: 3), [oldEvidence, Session(2, Good, recorded: 2)], regression)!
            .To.ShouldBe(diamond);
        AutoProgression.Decide(pushUp, library, Nothing, Session(5, Good, recorded: 4), [Session(6, Good, recorded: 0)], regression)
            .ShouldBeNull("a log dated before the change, uploaded late, moves nothing");
    }

    [Fact]
    public void A_pattern_moves_only_to_exercises_of_its_own_pattern()
    {
        var pushUp = Exercise("push-up", "horizontal-push", 3);
        var pike = Exercise("pike-push-up", "vertical-push", 3); // easier than diamond and first by slug: picked if patterns were ignored
        var diamond = Exercise("diamond-push-up", "horizontal-push", 4);
        var library = Library([pushUp, pike, diamond], (pushUp, pike), (pushUp, diamond));

        AutoProgression.HarderSteps(library, pushUp, Nothing).Select(s => s.To).ShouldBe([diamond]);
        AutoProgression.Decide(pushUp, library, Nothing, Session(0, Good, recorded: 1), [Session(2, Good)], null)!.To.ShouldBe(diamond);

        var wallPike = Exercise("pike-hold", "vertical-push", 2);
        var easier = Library([wallPike, pushUp], (wallPike, pushUp));
        AutoProgression.EasierStep(easier, pushUp, Nothing).ShouldBeNull("the only easier step is another pattern's");
    }

    [Fact]
    public void Only_steps_the_equipment_allows_are_taken_the_next_doable_one_else_none()
    {
        var pushUp = Exercise("push-up", "horizontal-push", 3);
        var decline = Exercise("decline-push-up", "horizontal-push", 4, [Equipment.BoxOrBench]);
        var diamond = Exercise("diamond-push-up", "horizontal-push", 4);
        var ring = Exercise("ring-push-up", "horizontal-push", 5, [Equipment.Rings], [[Equipment.ResistanceBand, Equipment.PullUpBar]]);
        var library = Library([pushUp, decline, diamond, ring], (pushUp, decline), (pushUp, diamond), (pushUp, ring));
        var evidence = new[] { Session(2, Good) };

        AutoProgression.Decide(pushUp, library, [Equipment.BoxOrBench], Session(0, Good, recorded: 1), evidence, null)!.To.ShouldBe(decline);
        AutoProgression.Decide(pushUp, library, Nothing, Session(0, Good, recorded: 1), evidence, null)!.To.ShouldBe(diamond);
        AutoProgression.HarderSteps(library, pushUp, Nothing).Select(s => s.To).ShouldBe([diamond]);
        AutoProgression.HarderSteps(library, pushUp, [Equipment.PullUpBar, Equipment.ResistanceBand]).Select(s => s.To)
            .ShouldBe([diamond, ring], "another complete setup of the ring push-up");

        var onlyRings = Library([pushUp, ring], (pushUp, ring));
        AutoProgression.Decide(pushUp, onlyRings, Nothing, Session(0, Good, recorded: 1), evidence, null).ShouldBeNull("nothing doable: stay");
    }

    [Fact]
    public void Two_planned_sessions_clearly_failed_in_a_row_regress_to_the_nearest_doable_easier_step()
    {
        var incline = Exercise("incline-push-up", "horizontal-push", 2, [Equipment.BoxOrBench]);
        var knee = Exercise("knee-push-up", "horizontal-push", 2);
        var pushUp = Exercise("push-up", "horizontal-push", 3);
        var library = Library([incline, knee, pushUp], (incline, pushUp), (knee, pushUp));
        var previous = Session(2, Failed, recorded: 1, planned: true);
        var now = Session(0, Failed, recorded: 2, planned: true);

        var decision = AutoProgression.Decide(pushUp, library, Nothing, now, [previous], null)!;
        decision.Change.ShouldBe(VariationChange.Regressed);
        decision.To.ShouldBe(knee);
        AutoProgression.Decide(pushUp, library, [Equipment.BoxOrBench], now, [previous], null)!.To.ShouldBe(incline);
        AutoProgression.Decide(pushUp, Library([incline, pushUp], (incline, pushUp)), Nothing, now, [previous], null)
            .ShouldBeNull("the only easier step needs a box: stay");

        var change = new PatternChange(Session(1, Good, recorded: 0).At, knee.Id, pushUp.Id, VariationChange.Advanced);
        AutoProgression.Decide(pushUp, library, Nothing, now, [previous], change).ShouldBeNull("the earlier failure was before the change");
    }

    [Fact]
    public void A_pattern_that_last_moved_up_from_an_exercise_does_not_move_up_from_it_again()
    {
        var pushUp = Exercise("push-up", "horizontal-push", 3);
        var decline = Exercise("decline-push-up", "horizontal-push", 4);
        var diamond = Exercise("diamond-push-up", "horizontal-push", 4);
        var library = Library([pushUp, decline, diamond], (pushUp, decline), (pushUp, diamond));
        var advanced = new PatternChange(Session(5, Good).At, pushUp.Id, decline.Id, VariationChange.Advanced);

        AutoProgression.Decide(pushUp, library, Nothing, Session(0, Good, recorded: 2), [Session(2, Good, recorded: 1)], advanced)
            .ShouldBeNull("neither the same step again nor sideways to the diamond push-up");
    }

    /// <summary>
    /// Random histories along one chain (easy → medium → hard), logged mostly in order but sometimes uploaded late with an older
    /// date, good, middling or failed, against a plan or not: every advance that follows a regression has at least
    /// <c>Sessions</c> qualifying sessions of the exercise after the regression.
    /// </summary>
    [Fact]
    public void After_a_regression_nothing_advances_until_enough_new_qualifying_sessions_are_logged_after_it()
    {
        var easy = Exercise("easy", "p", 1);
        var medium = Exercise("medium", "p", 2);
        var hard = Exercise("hard", "p", 3);
        ExerciseInfo[] chain = [easy, medium, hard];
        var (regressions, advancesAfterRegression) = (0, 0);

        for (var seed = 0; seed < 400; seed++)
        {
            var random = new Random(seed);
            var rule = ThreeByEight with { Sessions = random.Next(1, 4), WithinDays = random.Next(7, 30) };
            var library = new ExerciseLibrary("test", [], chain,
                [new(Guid.CreateVersion7(), easy.Id, medium.Id, rule), new(Guid.CreateVersion7(), medium.Id, hard.Id, rule)]);
            var logs = new List<(ExerciseInfo Exercise, ExerciseHistory Log)>();
            PatternChange? last = null;
            var current = easy;
            var today = Day;

            for (var step = 0; step < 60; step++)
            {
                today = today.AddDays(random.Next(0, 3));
                var performed = random.Next(6) == 0 ? today.AddDays(-random.Next(1, 10)) : today;
                var exercise = random.Next(8) == 0 ? chain[Math.Max(0, Array.IndexOf(chain, current) - 1)] : current;
                var sets = random.Next(3) switch { 0 => Good, 1 => Failed, _ => [Reps(6), Reps(6), Reps(6)] };
                var planned = random.Next(3) > 0;
                var log = new ExerciseHistory(
                    new LogPosition(performed, Noon.AddMinutes(step), Guid.CreateVersion7()), sets,
                    planned ? Guid.CreateVersion7() : null, planned ? ThreeByTen : null);
                var earlier = logs.Where(l => l.Exercise == exercise && l.Log.Date <= performed && l.Log.Date > performed.AddDays(-60))
                    .Select(l => l.Log).ToList();

                var decision = AutoProgression.Decide(exercise, library, Nothing, log, earlier, last);
                logs.Add((exercise, log));
                if (decision is null)
                {
                    continue;
                }

                if (decision.Change == VariationChange.Regressed)
                {
                    regressions++;
                }
                else if (last is { Change: VariationChange.Regressed })
                {
                    advancesAfterRegression++;
                    logs.Count(l => l.Exercise == exercise && l.Log.At > last.At && AutoProgression.SessionMeets(rule, l.Log.Sets))
                        .ShouldBeGreaterThanOrEqualTo(rule.Sessions, $"seed {seed}, step {step}: advanced on evidence from before the regression");
                }

                last = new PatternChange(log.At, exercise.Id, decision.To.Id, decision.Change);
                current = decision.To;
            }
        }

        regressions.ShouldBeGreaterThan(100);
        advancesAfterRegression.ShouldBeGreaterThan(100);
    }
}
