using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Exercises.Domain;

/// <summary>One of the 22 families of movement the library is organised by (horizontal push, vertical pull, ...).</summary>
internal sealed class MovementPattern : IHasTimestamps
{
    private MovementPattern()
    {
    }

    public Guid Id { get; private set; }

    public string Slug { get; private set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public int SortOrder { get; set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static MovementPattern Create(string slug) => new() { Id = Guid.CreateVersion7(), Slug = slug };
}
