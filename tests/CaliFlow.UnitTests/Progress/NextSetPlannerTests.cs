using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Domain;
using CaliFlow.Modules.Progress.LiveWorkouts;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

public sealed class NextSetPlannerTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 18, 0, 0, TimeSpan.Zero);
    private static readonly Guid Dip = Guid.CreateVersion7();
    private static readonly Guid PushUp = Guid.CreateVersion7();
    private static readonly Guid Row = Guid.CreateVersion7();
    private static readonly Guid Burpee = Guid.CreateVersion7();

    private static readonly SessionPrescription Session = new(
        Guid.CreateVersion7(), Guid.CreateVersion7(), 1, DateOnly.FromDateTime(Start.UtcDateTime), false,
        [
            new PrescribedExercise(Guid.CreateVersion7(), 1, Dip, "vertical-push", [Set(8, 120), Set(8, 120)]),
            new PrescribedExercise(Guid.CreateVersion7(), 2, Row, "horizontal-pull", [Set(10, 90), Set(10, 90), Set(10, 90)]),
        ]);

    private static PrescribedSet Set(int reps, int rest) => new(reps, null, rest, 8, null);

    private static DoneSet Done(Guid exercise, int reps, int minute) =>
        new(Guid.CreateVersion7(Start.AddMinutes(minute)), exercise, new PerformedSet(reps, null, null, null, null), Start.AddMinutes(minute));

    [Fact]
    public void Extra_sets_beyond_the_prescription_do_not_count_and_an_unplanned_set_rests_as_the_next_one()
    {
        var sets = new[] { Done(Dip, 8, 0), Done(Dip, 8, 3), Done(Dip, 6, 6), Done(Burpee, 10, 9) };

        var plan = NextSetPlanner.Plan(Session, [], sets);

        (plan.Status, plan.SetsDone, plan.SetsPlanned).ShouldBe((NextSetStatus.Next, 2, 5));
        (plan.Next!.ExerciseId, plan.Next.SetNumber).ShouldBe((Row, 1));
        // The burpees were not prescribed: the rest before the row is the row's own, from when the burpees were done.
        plan.Rest.ShouldBe(new Rest(90, Start.AddMinutes(9), Start.AddMinutes(9).AddSeconds(90), false));
    }

    [Fact]
    public void A_swapped_exercise_takes_its_replacements_sets_and_a_skipped_one_is_left_out()
    {
        SessionChange[] changes =
        [
            new(SessionChangeKind.Swap, Dip, PushUp, null),
            new(SessionChangeKind.Skip, Row, null, "no rings"),
        ];

        var before = NextSetPlanner.Plan(Session, changes, []);
        (before.Next!.ExerciseId, before.Next.PrescribedExerciseId, before.SetsPlanned, before.Rest).ShouldBe((PushUp, Dip, 2, null));

        // A dip done anyway does not fill the swapped slot; the push-ups do, and then nothing is left.
        var after = NextSetPlanner.Plan(Session, changes, [Done(Dip, 8, 0), Done(PushUp, 8, 2), Done(PushUp, 5, 5)]);
        (after.Status, after.Next, after.Rest, after.SetsDone).ShouldBe((NextSetStatus.Done, null, null, 2));
    }

    [Fact]
    public void A_supersets_members_alternate_round_by_round_with_no_rest_between_them()
    {
        var superset = new ExerciseGroup(1, GroupKind.Superset);
        var session = Session with
        {
            Exercises =
            [
                new PrescribedExercise(Guid.CreateVersion7(), 1, Dip, "dip", [Set(8, 0), Set(8, 0)], superset),
                new PrescribedExercise(Guid.CreateVersion7(), 2, Row, "horizontal-pull", [Set(10, 90), Set(10, 90)], superset),
                new PrescribedExercise(Guid.CreateVersion7(), 3, PushUp, "horizontal-push", [Set(12, 60)]),
            ],
        };

        var order = new List<Guid>();
        var rests = new List<int?>();
        var sets = new List<DoneSet>();
        for (var plan = NextSetPlanner.Plan(session, [], sets); plan.Status == NextSetStatus.Next; plan = NextSetPlanner.Plan(session, [], sets))
        {
            order.Add(plan.Next!.ExerciseId);
            rests.Add(plan.Rest?.Seconds);
            sets.Add(Done(plan.Next.ExerciseId, plan.Next.Target.Reps!.Value, sets.Count));
        }

        order.ShouldBe([Dip, Row, Dip, Row, PushUp]);
        rests.ShouldBe([null, 0, 90, 0, 90]);

        // A missed first member still goes straight on to its partner.
        NextSetPlanner.Plan(session, [], [Done(Dip, 5, 0)]).Rest.ShouldBe(new Rest(0, Start, Start, false));

        // With its partner skipped, the first member ends each round itself and takes the round's rest.
        var alone = NextSetPlanner.Plan(session, [new SessionChange(SessionChangeKind.Skip, Row, null, "no rings")], [Done(Dip, 8, 0)]);
        (alone.Next!.ExerciseId, alone.Rest!.Seconds).ShouldBe((Dip, 90));
    }

    [Fact]
    public void A_missed_set_rests_half_as_long_again_rounded_up_to_a_quarter_minute_and_no_session_plans_nothing()
    {
        var plan = NextSetPlanner.Plan(Session, [], [Done(Dip, 5, 0)]);
        plan.Rest.ShouldBe(new Rest(180, Start, Start.AddSeconds(180), true));

        var odd = Session with { Exercises = [Session.Exercises[0] with { Sets = [Set(8, 50), Set(8, 50)] }] };
        NextSetPlanner.Plan(odd, [], [Done(Dip, 7, 0)]).Rest!.Seconds.ShouldBe(75); // 50 × 1.5 = 75

        var none = NextSetPlanner.Plan(null, [], [Done(Dip, 5, 0)]);
        (none.Status, none.Next, none.Rest).ShouldBe((NextSetStatus.Unplanned, null, null));
    }
}
