using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.BuildingBlocks;
using CaliFlow.Modules.Nutrition.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Nutrition.Features.ListFoods;

internal sealed class ListFoodsValidator : AbstractValidator<ListFoodsQuery>
{
    public ListFoodsValidator()
    {
        RuleFor(q => q.Search).MaximumLength(100);
        RuleFor(q => q.Group)
            .OneOf(EnumNames<FoodGroup>.All)
            .WithMessage(q => $"'{q.Group}' is not a food group; use one of: {string.Join(", ", EnumNames<FoodGroup>.All)}.");
        RuleFor(q => q.Diet)
            .OneOf(EnumNames<Diet>.All)
            .WithMessage(q => $"'{q.Diet}' is not a diet; use one of: {string.Join(", ", EnumNames<Diet>.All)}.");
        RuleFor(q => q.Limit).InclusiveBetween(1, ListFoodsQuery.MaxLimit);
        RuleFor(q => q.Cursor)
            .MaximumLength(TextRules.MaxCursorLength)
            .Must(c => FoodCursor.TryDecode(c, out _)).When(q => q.Cursor is not null)
            .WithMessage("The cursor is not one this API issued; start again without it.");
    }
}
