namespace CaliFlow.BuildingBlocks.Web;

public static class RateLimitPolicies
{
    /// <summary>
    /// Sign-in, registration and the mailed-link flows (verify, forgot and reset password), per client address: slows password
    /// and token guessing, sign-up abuse and mail flooding.
    /// </summary>
    public const string Auth = "auth";
}
