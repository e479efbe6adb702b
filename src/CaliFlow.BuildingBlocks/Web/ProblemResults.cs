using CaliFlow.BuildingBlocks.Application;
using Microsoft.AspNetCore.Http;

namespace CaliFlow.BuildingBlocks.Web;

public static class ProblemResults
{
    /// <summary>The success value through <paramref name="onSuccess"/>, or the failure as an RFC 9457 problem.</summary>
    public static IResult ToHttpResult<T>(this Result<T> result, Func<T, IResult> onSuccess) =>
        result.IsSuccess ? onSuccess(result.Value) : result.Error!.ToProblem();

    public static IResult ToProblem(this Error error)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Field is not null)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [error.Field] = [error.Detail] }, detail: error.Detail, extensions: extensions);
        }

        var status = error.Kind switch
        {
            ErrorKind.Validation => StatusCodes.Status400BadRequest,
            ErrorKind.Unauthorized => StatusCodes.Status401Unauthorized,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Locked => StatusCodes.Status423Locked,
            ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
            ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
            ErrorKind.BadGateway => StatusCodes.Status502BadGateway,
            ErrorKind.GatewayTimeout => StatusCodes.Status504GatewayTimeout,
            ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        return TypedResults.Problem(
            detail: error.Detail,
            statusCode: status,
            extensions: extensions);
    }
}
