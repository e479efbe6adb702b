using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// A response body encoded once, in the API's JSON dialect, and sent as is: cached answers keep these bytes (and their ETag)
/// instead of an object that every hit would serialise again. The bytes are exactly what a JSON result of the value writes.
/// </summary>
public sealed class EncodedJson(ReadOnlyMemory<byte> utf8)
{
    private string? _etag;

    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>A strong ETag of the bytes, computed on first use and kept with them.</summary>
    public string ETag => _etag ??= ETagResults.Of(Utf8.Span);

    public static EncodedJson Encode<T>(T value) => new(JsonSerializer.SerializeToUtf8Bytes(value, JsonDefaults.Options));

    public T Decode<T>() => JsonSerializer.Deserialize<T>(Utf8.Span, JsonDefaults.Options)!;

    /// <summary>200 with these bytes.</summary>
    public IResult Ok() => new Written(this, withETag: false);

    /// <summary>
    /// 200 with these bytes and their ETag, or 304 with no body when the client's If-None-Match already names it. Clients
    /// revalidate on every use (no-cache) and skip the download when nothing changed.
    /// </summary>
    public IResult OkWithETag() => new Written(this, withETag: true);

    private sealed class Written(EncodedJson json, bool withETag) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            if (withETag)
            {
                var etag = json.ETag;
                response.Headers.ETag = etag;
                response.Headers.CacheControl = "private, no-cache";
                if (ETagResults.IfNoneMatchNames(httpContext.Request.Headers.IfNoneMatch, etag))
                {
                    response.StatusCode = StatusCodes.Status304NotModified;
                    return Task.CompletedTask;
                }
            }

            response.StatusCode = StatusCodes.Status200OK;
            response.ContentType = "application/json; charset=utf-8";
            response.ContentLength = json.Utf8.Length;
            return response.Body.WriteAsync(json.Utf8, httpContext.RequestAborted).AsTask();
        }
    }
}
