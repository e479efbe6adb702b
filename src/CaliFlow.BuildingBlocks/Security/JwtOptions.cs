using System.ComponentModel.DataAnnotations;

namespace CaliFlow.BuildingBlocks.Security;

/// <summary>Access-token settings shared by the issuer (Users) and the validator (host). The key comes from secrets, never the repo.</summary>
public sealed class JwtOptions
{
    public const string Section = "Jwt";

    [Required]
    public string Issuer { get; set; } = "califlow";

    [Required]
    public string Audience { get; set; } = "califlow-api";

    /// <summary>HMAC-SHA256 key, at least 32 bytes, base64 encoded.</summary>
    [Required]
    public string SigningKey { get; set; } = "";

    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>
    /// How long a sign-in session (refresh-token family) lasts from the sign-in, however often it is refreshed: rotation never
    /// moves this end, so a stolen refresh token cannot be kept alive for ever by using it.
    /// </summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromDays(90);

    public byte[] SigningKeyBytes()
    {
        var key = Convert.FromBase64String(SigningKey);
        return key.Length >= 32 ? key : throw new InvalidOperationException("Jwt:SigningKey must be at least 32 bytes.");
    }
}
