using CaliFlow.BuildingBlocks.Persistence;
using Microsoft.EntityFrameworkCore;
using Shouldly;

namespace CaliFlow.UnitTests.BuildingBlocks;

/// <summary>HasJsonbListConversion tracks a list by copying it: only sound for records that cannot change in place.</summary>
public sealed class JsonbListConversionTests
{
    [Fact]
    public void A_replaced_added_or_removed_record_is_a_change_and_the_snapshot_does_not_follow_the_list()
    {
        var comparer = new ModelBuilder().Entity<Row>().Property(r => r.Flat).HasJsonbListConversion().Metadata.GetValueComparer()!;
        List<Flat> list = [new(1, "a"), new(2, "b")];
        var snapshot = (List<Flat>)comparer.Snapshot(list);

        comparer.Equals(list, snapshot).ShouldBeTrue();
        comparer.Equals(list, new List<Flat> { new(1, "a"), new(2, "b") }).ShouldBeTrue("records compare by value");
        comparer.GetHashCode(list).ShouldBe(comparer.GetHashCode(new List<Flat> { new(1, "a"), new(2, "b") }));
        list[1] = list[1] with { Number = 3 };
        comparer.Equals(list, snapshot).ShouldBeFalse();
        list.Add(new(4, "d"));
        snapshot.Count.ShouldBe(2);
        comparer.Equals(list, snapshot).ShouldBeFalse();
    }

    [Fact]
    public void Records_holding_collections_and_classes_with_setters_are_refused()
    {
        var entity = new ModelBuilder().Entity<Row>();

        Should.Throw<InvalidOperationException>(() => entity.Property(r => r.Nested).HasJsonbListConversion()).Message.ShouldContain(nameof(Nested));
        Should.Throw<InvalidOperationException>(() => entity.Property(r => r.Mutable).HasJsonbListConversion()).Message.ShouldContain(nameof(Mutable));
    }

    private sealed record Flat(int Number, string Text);

    private sealed record Nested(int Number, List<int> Parts);

    private sealed class Mutable
    {
        public int Number { get; set; }
    }

    private sealed class Row
    {
        public Guid Id { get; set; }

        public List<Flat> Flat { get; set; } = [];

        public List<Nested> Nested { get; set; } = [];

        public List<Mutable> Mutable { get; set; } = [];
    }
}
