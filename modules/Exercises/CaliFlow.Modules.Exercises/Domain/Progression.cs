using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Exercises.Contracts;

namespace CaliFlow.Modules.Exercises.Domain;

/// <summary>An edge of the progression graph: from an easier exercise to a harder one, unlocked by <see cref="Rule"/>.</summary>
internal sealed class Progression : IHasTimestamps
{
    private Progression()
    {
    }

    public Guid Id { get; private set; }

    public Guid FromExerciseId { get; private set; }

    public Guid ToExerciseId { get; private set; }

    public UnlockRule Rule { get; set; } = null!;

    public DateTimeOffset? RetiredAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static Progression Create(Guid id, Guid fromExerciseId, Guid toExerciseId, UnlockRule rule) =>
        new() { Id = id, FromExerciseId = fromExerciseId, ToExerciseId = toExerciseId, Rule = rule };

    public void Retire(DateTimeOffset now) => RetiredAt ??= now;

    /// <summary>Re-adding a retired edge brings it back rather than duplicating it.</summary>
    public void Restore() => RetiredAt = null;
}
