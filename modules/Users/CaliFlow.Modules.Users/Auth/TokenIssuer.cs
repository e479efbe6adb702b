using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using CaliFlow.BuildingBlocks.Security;
using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CaliFlow.Modules.Users.Auth;

/// <summary>What a client keeps after signing in or refreshing.</summary>
internal sealed record TokenResponse(string AccessToken, string TokenType, int ExpiresIn, string RefreshToken, DateTimeOffset RefreshTokenExpiresAt);

/// <summary>Signs short-lived access tokens and starts or continues refresh-token families (sign-in sessions).</summary>
internal sealed class TokenIssuer(IOptions<JwtOptions> options, UsersDbContext db, TimeProvider time)
{
    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>What is stored of a refresh token or a mailed link's token: its SHA-256, as 64 hex digits.</summary>
    public static string Hash(string token) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    /// <summary>
    /// Starts the sign-in session <paramref name="familyId"/>: an access token and its first refresh token, ending
    /// Jwt:SessionLifetime from now at the latest. The caller's transaction saves it.
    /// </summary>
    public (TokenResponse Response, RefreshToken Stored) Issue(User user, Guid familyId) =>
        Issue(user, familyId, time.GetUtcNow() + options.Value.SessionLifetime);

    /// <summary>Continues <paramref name="predecessor"/>'s session: the next link ends no later than the session does.</summary>
    public (TokenResponse Response, RefreshToken Stored) Continue(User user, RefreshToken predecessor) =>
        Issue(user, predecessor.FamilyId, predecessor.FamilyExpiresAt);

    private (TokenResponse Response, RefreshToken Stored) Issue(User user, Guid familyId, DateTimeOffset familyExpiresAt)
    {
        var jwt = options.Value;
        var now = time.GetUtcNow();
        // An access token never outlives its session either.
        var accessExpires = Min(now + jwt.AccessTokenLifetime, familyExpiresAt);
        var accessToken = Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = jwt.Issuer,
            Audience = jwt.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = accessExpires.UtcDateTime,
            Subject = new ClaimsIdentity(
            [
                new Claim(CaliFlowClaims.Subject, user.Id.ToString()),
                new Claim(CaliFlowClaims.Email, user.Email),
                new Claim(CaliFlowClaims.Role, user.Role),
                new Claim(CaliFlowClaims.Session, familyId.ToString()),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.CreateVersion7().ToString()),
            ]),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(jwt.SigningKeyBytes()), SecurityAlgorithms.HmacSha256),
        });

        var refreshToken = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var stored = RefreshToken.Issue(user.Id, familyId, Hash(refreshToken), now + jwt.RefreshTokenLifetime, familyExpiresAt);
        db.RefreshTokens.Add(stored);

        var response = new TokenResponse(
            accessToken, "Bearer", (int)(accessExpires - now).TotalSeconds, refreshToken, stored.ExpiresAt);
        return (response, stored);
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
