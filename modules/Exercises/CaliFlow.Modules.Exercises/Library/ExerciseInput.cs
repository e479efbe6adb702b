using CaliFlow.BuildingBlocks.Validation;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Exercises.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Exercises.Library;

/// <summary>The editable fields of an exercise, shared by the create and update slices (value types nullable so a missing one is a 400).</summary>
internal interface IExerciseInput
{
    string Name { get; }

    string Pattern { get; }

    int? Difficulty { get; }

    List<Equipment> Equipment { get; }

    List<List<Equipment>>? AlternativeEquipment { get; }

    ExerciseKind? Kind { get; }

    List<Muscle> PrimaryMuscles { get; }

    List<Muscle> SecondaryMuscles { get; }

    ExerciseUnit? Unit { get; }

    bool? PerSide { get; }

    decimal? BodyweightFraction { get; }

    string Instructions { get; }

    List<string> Cues { get; }

    List<string> CommonMistakes { get; }
}

internal sealed class ExerciseInputValidator : AbstractValidator<IExerciseInput>
{
    public ExerciseInputValidator()
    {
        RuleFor(e => e.Name).NotEmpty().MaximumLength(100);
        RuleFor(e => e.Pattern).NotEmpty().MaximumLength(80);
        RuleFor(e => e.Difficulty).NotNull().InclusiveBetween(1, 10);
        var equipmentKinds = Enum.GetValues<Equipment>().Length;
        var muscles = Enum.GetValues<Muscle>().Length;
        RuleFor(e => e.Equipment).NotNull().MaxItems(equipmentKinds).UniqueItems().WithMessage("List each item once.");
        RuleFor(e => e.AlternativeEquipment).MaxItems(4).WithMessage("At most four alternative setups.");
        RuleForEach(e => e.AlternativeEquipment).NotNull().MaxItems(equipmentKinds).UniqueItems().WithMessage("List each item once.");
        RuleFor(e => e.Kind).IsInEnum();
        RuleFor(e => e.PrimaryMuscles).NotEmpty().MaxItems(muscles).UniqueItems().WithMessage("List each muscle once.");
        RuleFor(e => e.SecondaryMuscles).NotNull().MaxItems(muscles).UniqueItems().WithMessage("List each muscle once.")
            .Must((e, secondary) => secondary is null || e.PrimaryMuscles is null || !secondary.Intersect(e.PrimaryMuscles).Any())
            .WithMessage("A muscle is either primary or secondary, not both.");
        RuleFor(e => e.Unit).NotNull();
        RuleFor(e => e.PerSide).NotNull();
        RuleFor(e => e.BodyweightFraction).NotNull().InclusiveBetween(0m, 1.2m).PrecisionScale(4, 3, ignoreTrailingZeros: true);
        RuleFor(e => e.Instructions).NotEmpty().MinimumLength(20).MaximumLength(4000);
        RuleFor(e => e.Cues).NotNull().ItemCount(2, 8).WithMessage("Give two to eight coaching cues.");
        RuleForEach(e => e.Cues).NotEmpty().MaximumLength(200);
        RuleFor(e => e.CommonMistakes).NotNull().MaxItems(8).WithMessage("At most eight common mistakes.");
        RuleForEach(e => e.CommonMistakes).NotEmpty().MaximumLength(200);
    }
}

internal static class ExerciseInputExtensions
{
    /// <summary>Copies validated input onto the entity.</summary>
    public static void ApplyTo(this IExerciseInput input, Exercise exercise, Guid patternId)
    {
        exercise.Name = input.Name.Trim();
        exercise.PatternId = patternId;
        exercise.Difficulty = input.Difficulty!.Value;
        exercise.Equipment = input.Equipment;
        exercise.AlternativeEquipment = input.AlternativeEquipment ?? [];
        exercise.Kind = input.Kind ?? ExerciseKind.Strength;
        exercise.PrimaryMuscles = input.PrimaryMuscles;
        exercise.SecondaryMuscles = input.SecondaryMuscles;
        exercise.Unit = input.Unit!.Value;
        exercise.PerSide = input.PerSide!.Value;
        exercise.BodyweightFraction = input.BodyweightFraction!.Value;
        exercise.Instructions = input.Instructions.Trim();
        exercise.Cues = [.. input.Cues.Select(c => c.Trim())];
        exercise.CommonMistakes = [.. input.CommonMistakes.Select(m => m.Trim())];
    }
}

internal sealed class UnlockRuleValidator : AbstractValidator<UnlockRule>
{
    public UnlockRuleValidator()
    {
        RuleFor(r => r.Sets).InclusiveBetween(1, 10);
        RuleFor(r => r.Reps).InclusiveBetween(1, 100);
        RuleFor(r => r.HoldSeconds).InclusiveBetween(1, 600);
        RuleFor(r => r)
            .Must(r => (r.Reps is null) != (r.HoldSeconds is null))
            .WithName("reps")
            .WithMessage("Give reps for a reps exercise or holdSeconds for a hold, not both.");
        RuleFor(r => r.MaxRpe).InclusiveBetween(5, 10);
        RuleFor(r => r.Sessions).InclusiveBetween(1, 5);
        RuleFor(r => r.WithinDays).InclusiveBetween(1, 60);
    }
}
