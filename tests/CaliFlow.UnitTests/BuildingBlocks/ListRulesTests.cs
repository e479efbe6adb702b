using CaliFlow.BuildingBlocks.Validation;
using FluentValidation;
using Shouldly;

namespace CaliFlow.UnitTests.BuildingBlocks;

/// <summary>The list and map rules whose limits the OpenAPI document reads: they refuse what they say and let absent values pass.</summary>
public sealed class ListRulesTests
{
    private sealed record Input(List<int>? Items = null, Dictionary<string, int>? Scores = null, Dictionary<string, string>? Names = null);

    private sealed class InputValidator : AbstractValidator<Input>
    {
        public InputValidator()
        {
            RuleFor(i => i.Items).ItemCount(1, 3).UniqueItems();
            RuleFor(i => i.Scores).ValuesBetween(0, 10);
            RuleFor(i => i.Names).TextEntries(5);
        }
    }

    private static string[] Failures(Input input) =>
        [.. new InputValidator().Validate(input).Errors.Select(e => $"{e.PropertyName}: {e.ErrorMessage}")];

    [Fact]
    public void Absent_lists_and_maps_pass() => Failures(new Input()).ShouldBeEmpty();

    [Theory]
    [InlineData(new int[0], "Items: Between 1 and 3 items.")]
    [InlineData(new[] { 1, 2, 3, 4 }, "Items: Between 1 and 3 items.")]
    [InlineData(new[] { 1, 2, 1 }, "Items: Each item at most once.")]
    public void A_list_outside_its_count_or_with_a_repeat_fails(int[] items, string failure) =>
        Failures(new Input(Items: [.. items])).ShouldBe([failure]);

    [Fact]
    public void A_list_within_its_rules_passes() => Failures(new Input(Items: [1, 2, 3])).ShouldBeEmpty();

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    [InlineData(10, true)]
    [InlineData(11, false)]
    public void Map_values_are_bounded_at_both_ends(int score, bool valid) =>
        Failures(new Input(Scores: new() { ["knee"] = 3, ["wrist"] = score })).Length.ShouldBe(valid ? 0 : 1);

    [Theory]
    [InlineData("key", "value", true)]
    [InlineData("toolong", "value", false)]
    [InlineData("key", "toolong", false)]
    [InlineData("key", " ", false)]
    public void Map_keys_and_texts_are_short_and_not_blank(string key, string value, bool valid) =>
        Failures(new Input(Names: new() { [key] = value })).Length.ShouldBe(valid ? 0 : 1);
}
