using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
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
    public static IServiceCollection AddCaliFlowJwt(
        this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var jwt = services.AddOptions<JwtOptions>().BindConfiguration(JwtOptions.Section);
        if (string.IsNullOrWhiteSpace(configuration[$"{JwtOptions.Section}:SigningKey"]))
        {
            if (!environment.IsDevelopment())
            {
                throw new InvalidOperationException(
                    "Jwt:SigningKey is not set. Provide a base64 key of 32+ bytes through a secret store or environment variable.");
            }

            // A development machine without a key still runs; tokens just do not survive a restart.
            var ephemeral = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
            jwt.PostConfigure(o => o.SigningKey = ephemeral);
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<JwtOptions>>((bearer, jwtOptions) =>
            {
                var options = jwtOptions.Value;
                bearer.MapInboundClaims = false;
                bearer.TokenValidationParameters = new TokenValidationParameters
                {
                    ValidIssuer = options.Issuer,
                    ValidAudience = options.Audience,
                    IssuerSigningKey = new SymmetricSecurityKey(options.SigningKeyBytes()),
                    ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                    ValidateIssuer = true,
                    ValidateAudience = true,
                    ValidateLifetime = true,
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
