using CaliFlow.Modules.Exercises.Features.ListExercises;
using Shouldly;

namespace CaliFlow.UnitTests.Exercises;

public sealed class ExerciseCursorTests
{
    [Fact]
    public void A_cursor_round_trips()
    {
        ExerciseCursor.TryDecode(new ExerciseCursor(7, "archer-pull-up").Encode(), out var cursor).ShouldBeTrue();

        cursor.ShouldBe(new ExerciseCursor(7, "archer-pull-up"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64!")]
    [InlineData("YWJj")] // "abc": no separator
    [InlineData("eDpwdXNoLXVw")] // "x:push-up": no number
    public void Anything_else_is_refused(string value) => ExerciseCursor.TryDecode(value, out _).ShouldBeFalse();
}
