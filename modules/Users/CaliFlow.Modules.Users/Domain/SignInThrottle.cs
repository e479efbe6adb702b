namespace CaliFlow.Modules.Users.Domain;

/// <summary>
/// Failed sign-ins for one address (as typed, whether or not an account has it) from one client (an IPv4 address or an IPv6
/// /64). After <see cref="FreeFailures"/> failures each further attempt waits longer: 30 s, 1 min, 2 min … at most 15 min.
/// Nothing is locked: the owner signing in from elsewhere is not slowed by someone guessing, and an unknown address is
/// throttled exactly like a real one, so the answers tell nothing about which addresses have accounts. A day without failures
/// starts the count again; a successful sign-in removes the row.
/// </summary>
internal sealed class SignInThrottle
{
    public const int FreeFailures = 5;
    public static readonly TimeSpan FirstDelay = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan MaxDelay = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan Memory = TimeSpan.FromDays(1);

    private SignInThrottle()
    {
    }

    public string Email { get; private set; } = "";

    public string Client { get; private set; } = "";

    public int Failures { get; private set; }

    public DateTimeOffset LastFailedAt { get; private set; }

    public DateTimeOffset? BlockedUntil { get; private set; }

    public static SignInThrottle Start(string email, string client) => new() { Email = email, Client = client };

    /// <summary>How long the next attempt must wait, or null when it may go ahead now.</summary>
    public TimeSpan? WaitBeforeNextAttempt(DateTimeOffset now) => BlockedUntil > now ? BlockedUntil - now : null;

    public void RecordFailure(DateTimeOffset now)
    {
        if (now - LastFailedAt > Memory)
        {
            Failures = 0;
        }

        Failures++;
        LastFailedAt = now;
        BlockedUntil = Failures >= FreeFailures ? now + DelayAfter(Failures) : null;
    }

    public static TimeSpan DelayAfter(int failures)
    {
        var doublings = Math.Min(failures - FreeFailures, 10);
        var delay = FirstDelay * Math.Pow(2, doublings);
        return delay < MaxDelay ? delay : MaxDelay;
    }
}
