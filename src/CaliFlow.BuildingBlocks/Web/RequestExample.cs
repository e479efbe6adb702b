using Microsoft.AspNetCore.Builder;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// An example request body for the API's documentation (/docs shows it), written as the request type itself so it cannot
/// stop compiling; it is serialised as the API reads JSON. A contract test sends every documented example and expects it
/// to be accepted.
/// </summary>
public sealed record RequestExample(object Body);

public static class RequestExampleExtensions
{
    public static RouteHandlerBuilder WithRequestExample(this RouteHandlerBuilder endpoint, object body) =>
        endpoint.WithMetadata(new RequestExample(body));
}
