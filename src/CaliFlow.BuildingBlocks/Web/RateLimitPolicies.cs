namespace CaliFlow.BuildingBlocks.Web;

public static class RateLimitPolicies
{
    /// <summary>Sign-in and registration, per client address: slows password guessing and sign-up abuse.</summary>
    public const string Auth = "auth";
}
