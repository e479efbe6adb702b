namespace CaliFlow.Modules.Platform.OutboundWebhooks;

/// <summary>
/// What a failed attempt records: a coarse class, never the exception's text, which would tell the endpoint's owner how an
/// address answered (an open port, a TLS banner) and turn the delivery log into a scanner.
/// </summary>
internal static class WebhookSendErrors
{
    public const string AddressNotAllowed = "address_not_allowed";
    public const string Timeout = "timeout";
    public const string NameNotResolved = "name_not_resolved";
    public const string ConnectionFailed = "connection_failed";
    public const string TlsFailed = "tls_failed";
    public const string ProtocolError = "protocol_error";
    public const string RequestFailed = "request_failed";

    public static string Classify(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is OutboundAddressRefusedException)
            {
                return AddressNotAllowed;
            }
        }

        return exception switch
        {
            TaskCanceledException => Timeout,
            HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => NameNotResolved,
            HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => ConnectionFailed,
            HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => TlsFailed,
            HttpRequestException
            {
                HttpRequestError: HttpRequestError.HttpProtocolError or HttpRequestError.InvalidResponse or HttpRequestError.ResponseEnded
                or HttpRequestError.ConfigurationLimitExceeded,
            } => ProtocolError,
            _ => RequestFailed,
        };
    }
}
