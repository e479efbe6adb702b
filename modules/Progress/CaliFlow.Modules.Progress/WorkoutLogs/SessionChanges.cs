using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Contracts;
using CaliFlow.Modules.Progress.Domain;
using FluentValidation;

namespace CaliFlow.Modules.Progress.WorkoutLogs;

/// <summary>A change to the planned session as a client sends it, in a whole log or one at a time during a live workout.</summary>
/// <param name="Exercise">Id or slug of the prescribed exercise swapped or skipped, or of the exercise added.</param>
/// <param name="Replacement">For a swap: id or slug of the exercise done instead.</param>
/// <param name="Reason">Why: required for a skip (e.g. "shoulder pain"), optional otherwise.</param>
internal sealed record RequestedChange(SessionChangeKind? Kind, string Exercise, string? Replacement, string? Reason) : IRequestedChange;

/// <summary>The fields of a requested change, wherever the request carries them (the live route takes the exercise from its path).</summary>
internal interface IRequestedChange
{
    SessionChangeKind? Kind { get; }

    string Exercise { get; }

    string? Replacement { get; }

    string? Reason { get; }
}

internal sealed class RequestedChangeValidator : AbstractValidator<RequestedChange>
{
    public RequestedChangeValidator() => RequestedChangeRules.AddTo(this);
}

/// <summary>The rules of a requested change, added to each validator whose request carries one (the schema reads them there).</summary>
internal static class RequestedChangeRules
{
    public static void AddTo<T>(AbstractValidator<T> validator)
        where T : IRequestedChange
    {
        validator.RuleFor(c => c.Kind).NotNull().IsInEnum();
        validator.RuleFor(c => c.Exercise).NotEmpty().MaximumLength(80);
        validator.RuleFor(c => c.Replacement).MaximumLength(80);
        validator.RuleFor(c => c.Replacement).NotEmpty().When(c => c.Kind == SessionChangeKind.Swap)
            .WithMessage("A swap names the exercise done instead.");
        validator.RuleFor(c => c.Replacement).Empty().When(c => c.Kind != SessionChangeKind.Swap)
            .WithMessage("Only a swap has a replacement.");
        validator.RuleFor(c => c.Reason).MaximumLength(SessionChanges.MaxReasonLength);
        validator.RuleFor(c => c.Reason).NotEmpty().When(c => c.Kind == SessionChangeKind.Skip).WithMessage("A skip says why.");
    }
}

/// <summary>
/// The rules a session change must meet, the same for a whole log and a live workout: only a prescribed exercise is swapped or
/// skipped, a swap keeps the unit (reps or seconds) so its sets compare with the prescription, an added exercise is one the
/// session does not prescribe, and each exercise changes once.
/// </summary>
internal static class SessionChanges
{
    public const int MaxReasonLength = 200;

    /// <summary>Resolves and checks the changes; errors name the field as <c>{prefix}[i].…</c>.</summary>
    public static Result<List<SessionChange>> Resolve(
        IReadOnlyList<RequestedChange> requested, SessionPrescription? prescription, ExerciseLibrary library, string prefix = "changes")
    {
        var changes = new List<SessionChange>();
        for (var i = 0; i < requested.Count; i++)
        {
            var change = Resolve(requested[i], prescription, library, $"{prefix}[{i}].");
            if (!change.IsSuccess)
            {
                return change.Error!;
            }

            if (Overlaps(changes, change.Value))
            {
                return DuplicateChange($"{prefix}[{i}].exercise");
            }

            changes.Add(change.Value);
        }

        return changes;
    }

    /// <summary>Whether <paramref name="change"/> touches an exercise another of <paramref name="changes"/> touches already.</summary>
    public static bool Overlaps(IEnumerable<SessionChange> changes, SessionChange change) =>
        changes.Any(c => Touched(c).Intersect(Touched(change)).Any());

    public static Error DuplicateChange(string field) =>
        Error.Validation("duplicate_change", "Each exercise is changed at most once in a workout, and a replacement stands in once.", field);

    /// <summary>One change; <paramref name="fieldPrefix"/> is what precedes its fields' names in the request ("" at the top).</summary>
    public static Result<SessionChange> Resolve(IRequestedChange requested, SessionPrescription? prescription, ExerciseLibrary library, string fieldPrefix)
    {
        var exercise = library.Find(requested.Exercise);
        if (exercise is null)
        {
            return Error.Validation("unknown_exercise", $"'{requested.Exercise}' is not an exercise in the library.", $"{fieldPrefix}exercise");
        }

        var prescribed = prescription?.Exercises.Any(p => p.ExerciseId == exercise.Id) ?? false;
        var kind = requested.Kind!.Value;
        if (kind == SessionChangeKind.Add)
        {
            return prescribed
                ? Error.Validation("already_prescribed", $"'{exercise.Slug}' is in the session already.", $"{fieldPrefix}exercise")
                : new SessionChange(kind, exercise.Id, null, Trimmed(requested.Reason));
        }

        if (!prescribed)
        {
            return Error.Validation(
                "not_prescribed", $"Only an exercise of the planned session can be {(kind == SessionChangeKind.Swap ? "swapped" : "skipped")}.",
                $"{fieldPrefix}exercise");
        }

        if (kind == SessionChangeKind.Skip)
        {
            return new SessionChange(kind, exercise.Id, null, Trimmed(requested.Reason));
        }

        var replacement = library.Find(requested.Replacement ?? "");
        if (replacement is null)
        {
            return Error.Validation("unknown_exercise", $"'{requested.Replacement}' is not an exercise in the library.", $"{fieldPrefix}replacement");
        }

        if (replacement.Id == exercise.Id || prescription!.Exercises.Any(p => p.ExerciseId == replacement.Id))
        {
            return Error.Validation("already_prescribed", $"'{replacement.Slug}' is in the session already.", $"{fieldPrefix}replacement");
        }

        if (replacement.Unit != exercise.Unit)
        {
            return Error.Validation(
                "wrong_unit", $"'{exercise.Slug}' is counted in {Unit(exercise)}: swap it for an exercise counted the same way.",
                $"{fieldPrefix}replacement");
        }

        return new SessionChange(kind, exercise.Id, replacement.Id, Trimmed(requested.Reason));
    }

    /// <summary>The exercise whose sets stand for a prescribed one today: its replacement, itself, or none when skipped.</summary>
    public static Guid? DoneAs(IReadOnlyList<SessionChange> changes, Guid prescribedExerciseId) =>
        changes.FirstOrDefault(c => c.ExerciseId == prescribedExerciseId) switch
        {
            { Kind: SessionChangeKind.Skip } => null,
            { Kind: SessionChangeKind.Swap, ReplacementId: var replacement } => replacement,
            _ => prescribedExerciseId,
        };

    private static IEnumerable<Guid> Touched(SessionChange change) =>
        change.ReplacementId is { } replacement ? [change.ExerciseId, replacement] : [change.ExerciseId];

    private static string Unit(ExerciseInfo exercise) => exercise.Unit == ExerciseUnit.HoldSeconds ? "seconds" : "reps";

    private static string? Trimmed(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
