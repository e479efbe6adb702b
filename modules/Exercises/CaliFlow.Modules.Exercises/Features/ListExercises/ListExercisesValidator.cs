using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Exercises.Contracts;
using FluentValidation;

namespace CaliFlow.Modules.Exercises.Features.ListExercises;

internal sealed class ListExercisesValidator : AbstractValidator<ListExercisesQuery>
{
    public ListExercisesValidator()
    {
        RuleFor(q => q.Pattern).MaximumLength(80);
        RuleFor(q => q.MinDifficulty).InclusiveBetween(1, 10);
        RuleFor(q => q.MaxDifficulty).InclusiveBetween(1, 10)
            .GreaterThanOrEqualTo(q => q.MinDifficulty).When(q => q.MinDifficulty is not null)
            .WithMessage("maxDifficulty must not be below minDifficulty.");
        RuleFor(q => q.Equipment).MaxItems(Enum.GetValues<Equipment>().Length).OverridePropertyName("equipment");
        RuleForEach(q => q.Equipment)
            .OneOf(EnumNames<Equipment>.All)
            .WithMessage((_, name) => $"'{name}' is not equipment; use one of: {string.Join(", ", EnumNames<Equipment>.All)}.")
            .OverridePropertyName("equipment");
        RuleFor(q => q.Equipment)
            .Must(e => e is null || e.Count == 0).When(q => q.MyEquipment)
            .WithMessage("Give either equipment or myEquipment=true, not both.");
        RuleFor(q => q.Muscle)
            .OneOf(EnumNames<Muscle>.All)
            .WithMessage(q => $"'{q.Muscle}' is not a muscle; use one of: {string.Join(", ", EnumNames<Muscle>.All)}.");
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Limit).InclusiveBetween(1, ListExercisesQuery.MaxLimit);
        RuleFor(q => q.Cursor)
            .MaximumLength(TextRules.MaxCursorLength)
            .Must(c => ExerciseCursor.TryDecode(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("The cursor is not one this API issued; start again without it.");
    }
}
