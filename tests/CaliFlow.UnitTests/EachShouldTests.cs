using Shouldly;

namespace CaliFlow.UnitTests;

public sealed class EachShouldTests
{
    [Fact]
    public void Passes_when_every_item_satisfies_the_condition_and_names_the_first_that_does_not()
    {
        new[] { 2, 4, 6 }.EachShouldBe(n => n % 2 == 0);

        var failure = Should.Throw<ShouldAssertException>(() => new[] { 2, 5, 7 }.EachShouldBe(n => n % 2 == 0, "week 3"));
        failure.Message.ShouldContain("n => n % 2 == 0");
        failure.Message.ShouldContain("but 5 does not");
        failure.Message.ShouldContain("week 3");
    }
}
