namespace CaliFlow.BuildingBlocks.Web;

public sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Per client address (IPv6 per /64), for the <see cref="RateLimitPolicies.Auth"/> routes (sign-in, registration, password changes and resets, email verification).</summary>
    public int AuthPermitsPerMinute { get; set; } = 10;

    /// <summary>Per signed-in user, by policy name; configuration may change a limit or window (RateLimiting:PerUser:sync:PermitLimit).</summary>
    public Dictionary<string, PerUserLimit> PerUser { get; set; } = new(StringComparer.Ordinal)
    {
        [RateLimitPolicies.PhotoUpload] = new() { PermitLimit = 30, Window = TimeSpan.FromHours(1) },
        [RateLimitPolicies.Sync] = new() { PermitLimit = 120, Window = TimeSpan.FromHours(1) },
        [RateLimitPolicies.Coach] = new() { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) },
        [RateLimitPolicies.MealPlans] = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) },
        [RateLimitPolicies.DataExport] = new() { PermitLimit = 5, Window = TimeSpan.FromHours(1) },
        [RateLimitPolicies.Imports] = new() { PermitLimit = 20, Window = TimeSpan.FromHours(1) },
    };

    /// <summary>Per personal access token, over all its requests (RateLimiting:PerToken:PermitLimit).</summary>
    public PerUserLimit PerToken { get; set; } = new() { PermitLimit = 120, Window = TimeSpan.FromMinutes(1) };
}

public sealed class PerUserLimit
{
    public int PermitLimit { get; set; }

    public TimeSpan Window { get; set; }
}
