using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace CaliFlow.BuildingBlocks.Security;

public static class JwtRegistration
{
    /// <summary>
    /// Bearer authentication that accepts only what we issue: HS256 with our key, our issuer and audience, an expiry, and
    /// 30 s of clock skew. Anything else (alg "none", another algorithm, a changed byte) is a 401.
    /// </summary>
    // A development machine without a key still runs; its tokens just do not survive a restart.
    private static readonly Lazy<string> EphemeralDevelopmentKey = new(() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));

    public static IServiceCollection AddCaliFlowJwt(this IServiceCollection services)
    {
        services.AddOptions<JwtOptions>()
            .BindConfiguration(JwtOptions.Section)
            .PostConfigure<IHostEnvironment>((jwt, environment) =>
            {
                if (string.IsNullOrWhiteSpace(jwt.SigningKey) && environment.IsDevelopment())
                {
                    jwt.SigningKey = EphemeralDevelopmentKey.Value;
                }
            })
            .Validate(jwt => !string.IsNullOrWhiteSpace(jwt.SigningKey),
                "Jwt:SigningKey is not set. Provide a base64 key of 32+ bytes through a secret store or environment variable.")
            .ValidateOnStart();

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>, TimeProvider>((bearer, jwtOptions, time) =>
            {
                var options = jwtOptions.Value;
                bearer.MapInboundClaims = false;
                bearer.SaveToken = false; // nothing reads the raw token back from the authentication properties
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(options.SigningKeyBytes()),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
                    // The same clock that stamps tokens at issue (TimeProvider) judges their lifetime, so tests that move time
                    // see tokens expire; an expiry is required.
                    LifetimeValidator = (notBefore, expires, _, parameters) =>
                    {
                        var now = time.GetUtcNow().UtcDateTime;
                        return expires is { } expiry && now <= expiry.ToUniversalTime() + parameters.ClockSkew &&
                               (notBefore is not { } start || now >= start.ToUniversalTime() - parameters.ClockSkew);
                    },
                    ValidateIssuerSigningKey = true,
                    RequireExpirationTime = true,
                    RequireSignedTokens = true,
                    ClockSkew = TimeSpan.FromSeconds(30),
                    NameClaimType = "sub",
                    RoleClaimType = "role",
                };
            });
        return services;
    }
}
