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
            ErrorKind.TooLarge => StatusCodes.Status413PayloadTooLarge,
            ErrorKind.TooManyRequests => StatusCodes.Status429TooManyRequests,
            ErrorKind.BadGateway => StatusCodes.Status502BadGateway,
            ErrorKind.GatewayTimeout => StatusCodes.Status504GatewayTimeout,
            ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        var problem = TypedResults.Problem(detail: error.Detail, statusCode: status, extensions: extensions);
        return status is StatusCodes.Status429TooManyRequests or StatusCodes.Status503ServiceUnavailable
            ? new RetryLater(problem, error.RetryAfter ?? TimeSpan.FromMinutes(1))
            : problem;
    }

    /// <summary>A refusal that says when to come back: every 429 and 503 carries Retry-After (whole seconds, at least one).</summary>
    private sealed class RetryLater(IResult problem, TimeSpan after) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter =
                Math.Max(1, (long)Math.Ceiling(after.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            return problem.ExecuteAsync(httpContext);
        }
    }
}
