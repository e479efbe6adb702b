namespace CaliFlow.UnitTests;

/// <summary>The repository's top folder, for tests that read the project's own files (sources, the committed documents).</summary>
internal static class RepositoryFolder
{
    public static string Root { get; } = Find();

    private static string Find()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CaliFlow.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("CaliFlow.sln not found above " + AppContext.BaseDirectory);
    }
}
