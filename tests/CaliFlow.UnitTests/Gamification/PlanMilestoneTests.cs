using CaliFlow.Modules.Programming;
using CaliFlow.Modules.Programming.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Gamification;

public sealed class PlanMilestoneTests
{
    private const SessionStatus Done = SessionStatus.Completed;
    private const SessionStatus Skipped = SessionStatus.Skipped;
    private const SessionStatus Planned = SessionStatus.Planned;

    [Fact]
    public void A_week_is_kept_when_nothing_is_left_planned_and_at_least_half_rounded_up_was_done()
    {
        PlanMilestones.Kept([Done, Done, Skipped]).ShouldBeTrue();
        PlanMilestones.Kept([Done, Skipped, Skipped]).ShouldBeFalse();
        PlanMilestones.Kept([Done, Skipped]).ShouldBeTrue();
        PlanMilestones.Kept([Done, Done, Planned]).ShouldBeFalse("a session is still to do");
        PlanMilestones.Kept([]).ShouldBeFalse();
    }
}
