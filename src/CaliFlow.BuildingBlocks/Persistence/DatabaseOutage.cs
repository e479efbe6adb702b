using Npgsql;

namespace CaliFlow.BuildingBlocks.Persistence;

/// <summary>
/// Tells an outage of PostgreSQL (unreachable, shutting down or starting up, out of connections, a pool or command that timed
/// out) from a fault of the request: the first is worth a retry, and answers 503 with Retry-After instead of a 500.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>How long a client should wait before trying again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    public static bool Caused(Exception exception)
    {
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            switch (cause)
            {
                // Class 08 is a broken connection; 57P01-57P03 a server shutting down, crashed or still starting; 53300 full.
                case PostgresException postgres:
                    return postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                        || postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                        || postgres.SqlState == PostgresErrorCodes.TooManyConnections;
                // Npgsql marks as transient what failed on the way to the server: sockets, I/O, timeouts, an exhausted pool.
                case NpgsqlException { IsTransient: true }:
                    return true;
            }
        }

        return false;
    }
}
