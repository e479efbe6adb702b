using System.Text.Json;
using CaliFlow.BuildingBlocks.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Npgsql;

namespace CaliFlow.BuildingBlocks.Web;

/// <summary>
/// Turns the exceptions that describe bad input into 400/409 problems with field errors, and a database outage into a 503 with
/// Retry-After; anything else stays a 500 problem (logged by the framework) without internals in the body.
/// </summary>
public sealed class ProblemExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? problem = exception switch
        {
            ValidationException validation => new HttpValidationProblemDetails(FieldErrors(validation.Errors))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            },
            BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [JsonField(json.Path)] = [JsonMessage(json)] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request body is not valid JSON for this endpoint.",
            },
            BadHttpRequestException badRequest when BoundParameter(badRequest) is { } parameter => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [parameter] = ["The value has the wrong type or format."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "One or more fields are invalid.",
            },
            BadHttpRequestException badRequest => new ProblemDetails
            {
                Status = badRequest.StatusCode,
                Title = "The request is malformed.",
                Detail = badRequest.Message,
            },
            // A unique index caught a race the handler's own check could not see.
            PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } => new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "The resource already exists.",
            },
            Microsoft.EntityFrameworkCore.DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } } =>
                new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "The resource already exists." },
            // Nothing was written (the request's transaction never committed): the client can send the same request again.
            _ when DatabaseOutage.Caused(exception) => new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "The service is briefly unavailable.",
                Detail = "The database cannot be reached right now; send the same request again after Retry-After seconds.",
                Extensions = { ["code"] = "database_unavailable" },
            },
            _ => null,
        };

        if (problem is null)
        {
            return false;
        }

        httpContext.Response.StatusCode = problem.Status!.Value;
        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            httpContext.Response.Headers.RetryAfter =
                ((int)DatabaseOutage.RetryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    /// <summary>Validation failures as a problem's "errors": camelCase field paths, each with its messages.</summary>
    public static Dictionary<string, string[]> FieldErrors(IEnumerable<FluentValidation.Results.ValidationFailure> failures) =>
        failures
            .GroupBy(e => CamelCasePath(e.PropertyName))
            .ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    private static string CamelCasePath(string path) =>
        string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));

    // Minimal APIs report a query or route value they could not convert only in the message:
    // Failed to bind parameter "Nullable<int> minDifficulty" from "abc".
    private static string? BoundParameter(BadHttpRequestException exception)
    {
        const string prefix = "Failed to bind parameter \"";
        var message = exception.Message;
        if (!message.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = message.IndexOf('"', prefix.Length);
        var declaration = end < 0 ? "" : message[prefix.Length..end];
        var name = declaration[(declaration.LastIndexOf(' ') + 1)..];
        return name.Length > 0 ? name : null;
    }

    private static string JsonField(string? path) =>
        string.IsNullOrEmpty(path) || path == "$" ? "body" : path.TrimStart('$', '.');

    // The serializer's messages name CLR types; clients get the gist without the internals.
    private static string JsonMessage(JsonException json) =>
        string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "The body is not valid JSON."
        : json.Message.Contains("null value", StringComparison.Ordinal) ? "A value is required."
        : "The value has the wrong type or is not one of the allowed values.";
}
