namespace CaliFlow.Modules.Progress.Photos;

/// <summary>
/// Where photo files live. The embedded default is a folder on disk (<see cref="LocalDiskPhotoStorage"/>); several API instances
/// must point it at shared storage, or an S3-compatible adapter can take its place behind this interface.
/// </summary>
internal interface IPhotoStorage
{
    Task SaveAsync(string key, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The file, or null when there is none under the key.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the file; a key with no file is already done.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

internal sealed class PhotoOptions
{
    /// <summary>The folder of <see cref="LocalDiskPhotoStorage"/>; relative paths are from the working directory.</summary>
    public string Folder { get; set; } = "data/photos";

    /// <summary>How long a deleted photo's files are kept before the purge job removes them.</summary>
    public TimeSpan PurgeAfter { get; set; } = TimeSpan.Zero;

    public TimeSpan PurgeInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most pixels an upload's header may claim; see <see cref="PhotoImage.DefaultMaxPixels"/>.</summary>
    public long MaxPixels { get; set; } = PhotoImage.DefaultMaxPixels;
}
