using Microsoft.AspNetCore.Http;

namespace CaliFlow.BuildingBlocks.Web;

public static class ETagResults
{
    /// <summary>200 with the JSON body and a strong ETag derived from it, or 304 when If-None-Match names it (<see cref="EncodedJson.OkWithETag"/>).</summary>
    public static IResult OkWithETag<T>(T value) => EncodedJson.Encode(value).OkWithETag();
}
