using System.Buffers.Text;
using System.Globalization;
using System.Text;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Exercises.Library;
using CaliFlow.Modules.Exercises.Responses;
using Mediator;

namespace CaliFlow.Modules.Exercises.Features.ListExercises;

/// <param name="Equipment">Only exercises doable with these (kebab-case names); cannot be combined with <paramref name="MyEquipment"/>.</param>
/// <param name="MyEquipment">Only exercises doable with the equipment in the caller's profile.</param>
/// <param name="Cursor">Opaque; the <c>nextCursor</c> of the previous page.</param>
internal sealed record ListExercisesQuery(
    Guid UserId,
    string? Pattern = null,
    int? MinDifficulty = null,
    int? MaxDifficulty = null,
    IReadOnlyList<string>? Equipment = null,
    bool MyEquipment = false,
    string? Muscle = null,
    string? Search = null,
    int Limit = ListExercisesQuery.DefaultLimit,
    string? Cursor = null) : IQuery<Result<EncodedJson>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

internal sealed record ExercisePage(IReadOnlyList<ExerciseSummary> Items, string? NextCursor);

/// <summary>Keyset position in the library's order (difficulty, then slug): stable while exercises are added or retired.</summary>
internal readonly record struct ExerciseCursor(int Difficulty, string Slug)
{
    public string Encode() => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Difficulty}:{Slug}"));

    public static bool TryDecode(string? value, out ExerciseCursor cursor)
    {
        cursor = default;
        if (string.IsNullOrEmpty(value) || value.Length > 200 || !Base64Url.IsValid(value))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(value));
        var separator = text.IndexOf(':', StringComparison.Ordinal);
        if (separator <= 0 || !int.TryParse(text.AsSpan(0, separator), NumberStyles.None, CultureInfo.InvariantCulture, out var difficulty))
        {
            return false;
        }

        cursor = new ExerciseCursor(difficulty, text[(separator + 1)..]);
        return true;
    }

    /// <summary>Whether <paramref name="exercise"/> comes after this position.</summary>
    public bool IsBefore(ExerciseDetails exercise) =>
        exercise.Difficulty > Difficulty ||
        (exercise.Difficulty == Difficulty && string.CompareOrdinal(exercise.Slug, Slug) > 0);
}
