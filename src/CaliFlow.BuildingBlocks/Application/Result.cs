namespace CaliFlow.BuildingBlocks.Application;

/// <summary>What went wrong, in terms a client can act on. Mapped to an RFC 9457 problem by the web layer.</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    TooLarge,

    /// <summary>An allowance or rate limit is used up (429).</summary>
    TooManyRequests,

    /// <summary>An upstream service (e.g. an LLM provider) failed (502).</summary>
    BadGateway,

    /// <summary>An upstream service did not answer in time (504).</summary>
    GatewayTimeout,

    /// <summary>The feature is not available on this deployment or right now (503).</summary>
    Unavailable,
}

/// <param name="Field">For a validation error that belongs to one input field (camelCase path), so clients can show it there.</param>
public sealed record Error(ErrorKind Kind, string Code, string Detail, string? Field = null)
{
    /// <summary>For a 429 or 503: when the client may try again (sent as Retry-After; a minute when not set).</summary>
    public TimeSpan? RetryAfter { get; init; }

    public static Error NotFound(string code, string detail) => new(ErrorKind.NotFound, code, detail);
    public static Error Conflict(string code, string detail) => new(ErrorKind.Conflict, code, detail);
    public static Error Unauthorized(string code, string detail) => new(ErrorKind.Unauthorized, code, detail);
    public static Error Forbidden(string code, string detail) => new(ErrorKind.Forbidden, code, detail);
    public static Error TooLarge(string code, string detail) => new(ErrorKind.TooLarge, code, detail);
    public static Error TooManyRequests(string code, string detail) => new(ErrorKind.TooManyRequests, code, detail);
    public static Error BadGateway(string code, string detail) => new(ErrorKind.BadGateway, code, detail);
    public static Error GatewayTimeout(string code, string detail) => new(ErrorKind.GatewayTimeout, code, detail);
    public static Error Unavailable(string code, string detail) => new(ErrorKind.Unavailable, code, detail);
    public static Error Validation(string code, string detail, string? field = null) =>
        new(ErrorKind.Validation, code, detail, field);
}

/// <summary>Lets cross-cutting code (logging) see a failure without knowing the value type.</summary>
public interface IResultLike
{
    Error? Error { get; }
}

/// <summary>
/// A handler's outcome: a value or an expected failure. Failures are values, not exceptions, so that the transaction behaviour
/// still commits what a handler decided to record on the way (e.g. revoking a stolen refresh-token family before answering 401).
/// </summary>
public readonly record struct Result<T> : IResultLike
{
    private readonly T? _value;

    private Result(T? value, Error? error)
    {
        _value = value;
        Error = error;
    }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"Result is a failure: {Error!.Code}");

    public static Result<T> Success(T value) => new(value, null);

    public static Result<T> Failure(Error error) => new(default, error);

#pragma warning disable CA2225 // implicit conversions keep handlers readable; the named factories exist too
    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Failure(error);
#pragma warning restore CA2225
}
