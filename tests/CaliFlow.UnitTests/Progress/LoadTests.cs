using CaliFlow.Modules.Progress.Domain;
using Shouldly;

namespace CaliFlow.UnitTests.Progress;

public sealed class LoadTests
{
    [Fact]
    public void The_load_is_body_weight_times_the_fraction_plus_added_minus_assistance()
    {
        Load.Effective(80m, 0.64m, new PerformedSet(10, null, 8m, null, null)).ShouldBe(51.2m);
        Load.Effective(80m, 0.64m, new PerformedSet(10, null, 8m, 10m, null)).ShouldBe(61.2m);
        Load.Effective(80m, 0.95m, new PerformedSet(6, null, 9m, null, 20m)).ShouldBe(56m);
    }

    [Fact]
    public void Assistance_never_makes_a_load_negative_and_an_unknown_body_weight_gives_no_load()
    {
        Load.Effective(50m, 0.3m, new PerformedSet(10, null, null, null, 40m)).ShouldBe(0m);
        Load.Effective(null, 0.64m, new PerformedSet(10, null, null, null, null)).ShouldBeNull();
        Load.Volume(null, 0.64m, new PerformedSet(10, null, null, null, null)).ShouldBeNull();
    }

    [Fact]
    public void Volume_is_load_times_reps_or_load_times_seconds_for_holds()
    {
        Load.Volume(80m, 0.5m, new PerformedSet(12, null, null, null, null)).ShouldBe(480m);
        Load.Volume(80m, 1m, new PerformedSet(null, 20, null, null, null)).ShouldBe(1600m);
    }

    [Fact]
    public void Less_assistance_at_the_same_reps_is_more_load()
    {
        var heavy = Load.Volume(80m, 0.95m, new PerformedSet(8, null, null, null, 10m));
        var light = Load.Volume(80m, 0.95m, new PerformedSet(8, null, null, null, 20m));

        heavy.ShouldNotBeNull().ShouldBeGreaterThan(light.ShouldNotBeNull());
    }
}
