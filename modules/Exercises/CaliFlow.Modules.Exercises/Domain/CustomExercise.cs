using System.Text.RegularExpressions;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Exercises.Domain;

/// <summary>
/// An exercise a user made for themselves (a movement the library does not have, an exercise an import brought): only its
/// owner sees it or logs it. It has what a log needs (a pattern for stats, a unit, a bodyweight share for loads) and no place
/// in the progression graph or in plans.
/// </summary>
internal sealed partial class CustomExercise : IHasTimestamps
{
    private CustomExercise()
    {
    }

    public Guid Id { get; private set; }

    public Guid OwnerId { get; private set; }

    /// <summary>"my-" and the name's words: never a library slug, unique among the owner's.</summary>
    public string Slug { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string Pattern { get; private set; } = "";

    public ExerciseUnit Unit { get; private set; }

    public decimal BodyweightFraction { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <param name="slugTaken">Whether the owner already has an exercise with a slug; a clash takes the id's last characters.</param>
    public static CustomExercise Create(
        Guid id, Guid ownerId, string name, string pattern, ExerciseUnit unit, decimal bodyweightFraction, Func<string, bool> slugTaken)
    {
        var words = NotWord().Replace(name.ToLowerInvariant(), "-").Trim('-');
        var slug = $"my-{(words.Length == 0 ? "exercise" : words[..Math.Min(words.Length, 60)])}";
        return new CustomExercise
        {
            Id = id,
            OwnerId = ownerId,
            Slug = slugTaken(slug) ? $"{slug}-{id.ToString("N")[^6..]}" : slug,
            Name = name.Trim(),
            Pattern = pattern,
            Unit = unit,
            BodyweightFraction = bodyweightFraction,
        };
    }

    public ExerciseInfo ToInfo() => new(Id, Slug, Name, Pattern, 0, [], [], [], Unit, false, BodyweightFraction, false);

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotWord();
}
