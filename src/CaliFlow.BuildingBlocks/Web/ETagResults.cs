using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace CaliFlow.BuildingBlocks.Web;

public static class ETagResults
{
    /// <summary>200 with the JSON body and a strong ETag derived from it, or 304 when If-None-Match names it (<see cref="EncodedJson.OkWithETag"/>).</summary>
    public static IResult OkWithETag<T>(T value) => EncodedJson.Encode(value).OkWithETag();

    /// <summary>200 with <paramref name="body"/> of <paramref name="contentType"/> and a strong ETag of its bytes, or 304 when If-None-Match names it.</summary>
    public static IResult OkWithETag(ReadOnlyMemory<byte> body, string contentType) => new Bytes(body, contentType);

    /// <summary>A strong ETag of <paramref name="body"/>: the first 16 bytes of its SHA-256.</summary>
    public static string Of(ReadOnlySpan<byte> body) => $"\"{Convert.ToBase64String(SHA256.HashData(body).AsSpan(0, 16)).TrimEnd('=')}\"";

    /// <summary>
    /// Whether If-None-Match names <paramref name="etag"/>, by the weak comparison (RFC 9110 13.1.2): W/"x" matches "x"; "*" matches
    /// any current representation. A client revalidating sends back exactly the ETag it got: that common case needs no parsing.
    /// </summary>
    public static bool IfNoneMatchNames(StringValues ifNoneMatch, string etag) =>
        ifNoneMatch.Count > 0 &&
        ((ifNoneMatch.Count == 1 && string.Equals(ifNoneMatch[0], etag, StringComparison.Ordinal)) ||
         (EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags) &&
          tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Tag.Equals(etag, StringComparison.Ordinal))));

    private sealed class Bytes(ReadOnlyMemory<byte> body, string contentType) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var etag = Of(body.Span);
            response.Headers.ETag = etag;
            response.Headers.CacheControl = "private, no-cache";
            if (IfNoneMatchNames(httpContext.Request.Headers.IfNoneMatch, etag))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return Task.CompletedTask;
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = contentType;
            response.ContentLength = body.Length;
            return response.Body.WriteAsync(body, httpContext.RequestAborted).AsTask();
        }
    }
}
