using System.Text.Json;
using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks;
using CaliFlow.BuildingBlocks.Web;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CaliFlow.Api.OpenApi;

/// <summary>A request example an endpoint declares (<c>WithRequestExample</c>) becomes its JSON body's example in the document.</summary>
internal sealed class RequestExampleTransformer : IOpenApiOperationTransformer
{
    // The API's JSON, without the fields an example leaves out.
    private static readonly JsonSerializerOptions ExampleJson =
        new(JsonDefaults.Options) { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RequestExample>().LastOrDefault() is { } example
            && operation.RequestBody?.Content?.TryGetValue("application/json", out var json) == true)
        {
            json.Example = JsonSerializer.SerializeToNode(example.Body, example.Body.GetType(), ExampleJson);
        }

        return Task.CompletedTask;
    }
}
