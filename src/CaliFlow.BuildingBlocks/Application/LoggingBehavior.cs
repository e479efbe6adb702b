using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace CaliFlow.BuildingBlocks.Application;

/// <summary>
/// Times every request. A routine one is logged at Debug (a log line per request costs more than a cached read); a slow one is a
/// Warning and a crash an Error, so production logs carry what needs looking at.
/// </summary>
public sealed partial class LoggingBehavior<TMessage, TResponse>(ILogger<LoggingBehavior<TMessage, TResponse>> logger)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly string RequestName = typeof(TMessage).Name;
    private static readonly TimeSpan Slow = TimeSpan.FromMilliseconds(500);

    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await next(message, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started);
            var errorCode = response is IResultLike { Error: { } error } ? error.Code : null;
            if (elapsed >= Slow)
            {
                LogSlow(RequestName, elapsed.TotalMilliseconds, errorCode);
            }
            else
            {
                LogHandled(RequestName, elapsed.TotalMilliseconds, errorCode);
            }

            return response;
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not FluentValidation.ValidationException)
        {
            var elapsedMs = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogFailed(ex, RequestName, elapsedMs);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Handled {Request} in {ElapsedMs:0.0} ms (error: {ErrorCode})")]
    private partial void LogHandled(string request, double elapsedMs, string? errorCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slow: handled {Request} in {ElapsedMs:0.0} ms (error: {ErrorCode})")]
    private partial void LogSlow(string request, double elapsedMs, string? errorCode);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Request} failed after {ElapsedMs:0.0} ms")]
    private partial void LogFailed(Exception exception, string request, double elapsedMs);
}
