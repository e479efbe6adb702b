using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CaliFlow.BuildingBlocks.Web;

public static class ETagResults
{
    /// <summary>
    /// 200 with the JSON body and a strong ETag derived from it, or 304 with no body when the client's If-None-Match already
    /// names that ETag. Clients revalidate on every use (no-cache) and skip the download when nothing changed.
    /// </summary>
    public static IResult OkWithETag<T>(T value) => new ETaggedJsonResult<T>(value);

    private sealed class ETaggedJsonResult<T>(T value) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var body = JsonSerializer.SerializeToUtf8Bytes(value, JsonDefaults.Options);
            var etag = $"\"{Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 16)).TrimEnd('=')}\"";
            var response = httpContext.Response;
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "private, no-cache";

            if (Matches(httpContext.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = body.Length;
            await response.Body.WriteAsync(body, httpContext.RequestAborted);
        }

        // If-None-Match uses the weak comparison (RFC 9110 13.1.2): W/"x" matches "x"; "*" matches any current representation.
        private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag) =>
            EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) &&
            tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag, StringComparison.Ordinal));
    }
}
