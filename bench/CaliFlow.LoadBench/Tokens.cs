using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CaliFlow.LoadBench;

/// <summary>
/// Access tokens for the seeded users, signed with the key the benchmark gives the API: the same claims the API issues, minted
/// here because signing in 10,000 users through password hashing would take longer than the benchmark itself. The session
/// (<c>sid</c>) must exist: the API checks it on every request (the seeder stores one per user).
/// </summary>
internal static class Tokens
{
    public static string Mint(byte[] signingKey, Guid userId, Guid sessionId, string email, TimeSpan lifetime)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new { alg = "HS256", typ = "JWT" }));
        var payload = Base64Url(JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object>
        {
            ["iss"] = "califlow",
            ["aud"] = "califlow-api",
            ["sub"] = userId.ToString(),
            ["email"] = email,
            ["role"] = "member",
            ["sid"] = sessionId.ToString(),
            ["jti"] = Guid.CreateVersion7().ToString(),
            ["iat"] = now,
            ["nbf"] = now,
            ["exp"] = now + (long)lifetime.TotalSeconds,
        }));
        var signature = Base64Url(HMACSHA256.HashData(signingKey, Encoding.ASCII.GetBytes($"{header}.{payload}")));
        return $"{header}.{payload}.{signature}";
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
