using System.Collections.Frozen;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>
/// Passwords known from breaches, which attackers try first (NIST 800-63B asks to refuse them): the NCSC's list of the 100,000
/// most common passwords in Have I Been Pwned, shipped in the assembly (<c>breached-passwords.txt</c> says how it was made).
/// Compared without case, so "Password1234" is refused with "password1234". Loaded once, on first use.
/// </summary>
internal static class BreachedPasswords
{
    /// <summary>
    /// Entries shorter than this were left out of the shipped file, because <see cref="PasswordRules.MinLength"/> refuses them
    /// before the list is asked (a unit test keeps the two in step).
    /// </summary>
    public const int ShortestKept = 10;

    private static readonly Lazy<FrozenSet<string>> Entries = new(Load);

    public static int Count => Entries.Value.Count;

    public static bool Contains(string password) => Entries.Value.Contains(password.ToLowerInvariant());

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(BreachedPasswords).Assembly.GetManifestResourceStream("Auth/breached-passwords.txt")
                           ?? throw new InvalidOperationException("The breached-password list is not embedded.");
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { Length: > 0 })
        {
            // the header, up to the first empty line (entries may begin with "#", so no comment marker is safe)
        }

        var entries = new List<string>(10_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                entries.Add(line);
            }
        }

        return entries.ToFrozenSet(StringComparer.Ordinal);
    }
}
