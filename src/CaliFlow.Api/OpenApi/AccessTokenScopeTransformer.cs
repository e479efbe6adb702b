using CaliFlow.BuildingBlocks.Web;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>
/// An operation open to personal access tokens says so: the app's access token or a token with the route's scope (OpenAPI 3.1
/// lets a bearer requirement name roles, here the scope). Every other operation keeps the document's requirement alone.
/// </summary>
internal sealed class AccessTokenScopeTransformer : IOpenApiOperationTransformer
{
    public const string SchemeName = "AccessToken";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<AccessTokenScopeMetadata>().FirstOrDefault() is { Scope: { } scope })
        {
            operation.Security =
            [
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference("Bearer", context.Document)] = [] },
                new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [scope] },
            ];
        }

        return Task.CompletedTask;
    }
}
