namespace CaliFlow.Modules.Users.Auth;

internal static class PasswordHashing
{
    /// <summary>
    /// OWASP's Password Storage Cheat Sheet figure for PBKDF2-HMAC-SHA512, the function of ASP.NET Core Identity's V3 hash format
    /// (a unit test reads it back from a hash). A stored hash with fewer iterations verifies as "rehash needed" and sign-in
    /// stores a new one.
    /// </summary>
    public const int IterationCount = 210_000;
}
