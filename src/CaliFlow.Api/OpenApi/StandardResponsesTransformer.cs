using CaliFlow.BuildingBlocks.Web;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>
/// The answers the host gives around every endpoint, documented where they can happen: 401 where a user is needed (every
/// route not anonymous: deny by default), 403 where a policy asks more (admin, premium), 429 with Retry-After where a rate
/// limit applies (and the RateLimit fields on every answer there), 400 with field errors where a request carries input.
/// Anonymous operations drop the bearer requirement.
/// </summary>
internal sealed class StandardResponsesTransformer : IOpenApiOperationTransformer
{

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        if (metadata.OfType<IAllowAnonymous>().Any())
        {
            operation.Security = []; // no token needed, whatever the document's default says
        }
        else
        {
            await AddProblemAsync(operation, context, StatusCodes.Status401Unauthorized, "No valid, unexpired bearer access token.", cancellationToken);
            if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy is not null || a.Roles is not null))
            {
                await AddProblemAsync(operation, context, StatusCodes.Status403Forbidden, "Signed in, but not allowed (the reason is in the detail).", cancellationToken);
            }
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            var tooMany = await AddProblemAsync(operation, context, StatusCodes.Status429TooManyRequests, "Too many requests: wait as long as Retry-After says.", cancellationToken);
            tooMany.Headers ??= new Dictionary<string, IOpenApiHeader>();
            tooMany.Headers["Retry-After"] = new OpenApiHeader
            {
                Description = "Seconds to wait before trying again.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Minimum = "1", Maximum = "86400" },
            };
        }

        if (context.Description.ParameterDescriptions.Count > 0 && !operation.Responses.ContainsKey("400"))
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(HttpValidationProblemDetails), cancellationToken: cancellationToken);
            operation.Responses["400"] = Problem("The request is malformed or a field is invalid (errors names each field).", schema);
        }

        await AddProblemAsync(operation, context, StatusCodes.Status500InternalServerError, "An unexpected failure; the problem's traceId finds it in the logs.", cancellationToken);

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            // Every answer of a limited route says where the caller stands (RateLimitHeaders), refusals included.
            foreach (var response in operation.Responses.Where(r => r.Key[0] is '2' or '4').Select(r => r.Value).OfType<OpenApiResponse>())
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers[RateLimitHeaders.Policy] = TextHeader("The quota and its window in seconds, e.g. \"sync\";q=120;w=3600.");
                response.Headers[RateLimitHeaders.Current] = TextHeader("What is left of the quota and the seconds until it renews, e.g. \"sync\";r=117;t=2400.");
            }
        }
    }

    private static OpenApiHeader TextHeader(string description) => new()
    {
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
    };

    private static async Task<OpenApiResponse> AddProblemAsync(
        OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description, CancellationToken cancellationToken)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.TryGetValue(key, out var existing) && existing is OpenApiResponse declared)
        {
            return declared;
        }

        var response = Problem(description, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), cancellationToken: cancellationToken));
        operation.Responses[key] = response;
        return response;
    }

    private static OpenApiResponse Problem(string description, IOpenApiSchema schema) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = schema } },
    };
}
