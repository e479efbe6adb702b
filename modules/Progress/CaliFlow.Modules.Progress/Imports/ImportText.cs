namespace CaliFlow.Modules.Progress.Imports;

internal static class ImportText
{
    /// <summary>At most <paramref name="length"/> characters, never cutting an emoji (a surrogate pair) in half, which PostgreSQL refuses.</summary>
    public static string? Truncate(string? text, int length)
    {
        if (text is null || text.Length <= length)
        {
            return text;
        }

        var end = char.IsHighSurrogate(text[length - 1]) ? length - 1 : length;
        return text[..end];
    }
}
