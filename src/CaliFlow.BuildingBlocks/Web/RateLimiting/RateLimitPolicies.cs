namespace CaliFlow.BuildingBlocks.Web;

/// <summary>Named limits an endpoint opts into with <c>RequireRateLimiting</c>; their sizes are in <see cref="RateLimitingOptions"/>.</summary>
public static class RateLimitPolicies
{
    /// <summary>
    /// Sign-in, registration, token refresh, password changes, what asks for the password again (account deletion, webhook
    /// registration) and the mailed-link flows (verify, forgot and reset password), per client address: slows password and
    /// token guessing, sign-up abuse and mail flooding.
    /// </summary>
    public const string Auth = "auth";

    // Per signed-in user, on endpoints that cost far more than a read (decoding images, writing batches, calling a model).
    public const string PhotoUpload = "photo-upload";
    public const string Sync = "sync";
    public const string Coach = "coach";
    public const string MealPlans = "meal-plans";
    public const string DataExport = "data-export";
    public const string Imports = "imports";

    /// <summary>Every request made with one personal access token (another app's), whatever the route.</summary>
    public const string AccessToken = "access-token";
}
