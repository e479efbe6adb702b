using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>Declares the bearer scheme in the OpenAPI document (so /docs can send a token) and says what the API is.</summary>
internal sealed class BearerSecuritySchemeTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes["Bearer"] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Access token (JWT) from POST /auth/login, short-lived (15 minutes by default); renew it with POST /auth/refresh. "
                + "Handled as RFC8725 (JWT Best Current Practices) asks: one algorithm (HS256) accepted, issuer, audience, "
                + "lifetime and the signing session checked on every request.",
        };
        document.Components.SecuritySchemes[AccessTokenScopeTransformer.SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "cfp_ personal access token",
            Description = "A personal access token from POST /me/tokens, for other apps: sent like the access token, accepted only by "
                + "operations that name one of its scopes in their security requirement (everything else answers 403).",
        };
        document.Info.Description = "The CaliFlow API: calisthenics plans, today's workout, workout logs and offline sync, "
            + "progress, nutrition, coaching and achievements. Errors are RFC 9457 problem details. Every path is under the "
            + "version's prefix (/v1); the paths named in descriptions leave it out. A version announced for retirement answers "
            + "with Deprecation (RFC 9745) and Sunset (RFC 8594) headers.";
        document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", document)] = [] }];
        return Task.CompletedTask;
    }
}
