using CaliFlow.BuildingBlocks.Persistence;

namespace CaliFlow.Modules.Exercises.Domain;

/// <summary>Which version (and exact content) of the shipped library was last loaded, so a restart does not reload it.</summary>
internal sealed class LibrarySeed : IHasTimestamps
{
    private LibrarySeed()
    {
    }

    public int Version { get; private set; }

    public string ContentHash { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static LibrarySeed Create(int version, string contentHash) => new() { Version = version, ContentHash = contentHash };
}
