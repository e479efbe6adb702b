using CaliFlow.BuildingBlocks.Messaging;

namespace CaliFlow.Modules.Platform.Contracts;

/// <summary>
/// A security or data fact for the audit log. The module where it happened publishes it through its own outbox, in the same
/// transaction as the change, so the audit row exists exactly when the change does; the Platform module appends it to
/// <c>system.audit_logs</c>. The summary is for people reading the log: never a password, token, secret or card detail.
/// </summary>
/// <param name="ActorId">Who did it (null for an anonymous caller, e.g. a sign-in with an unknown email).</param>
/// <param name="Action">One of <see cref="AuditActions"/>.</param>
/// <param name="SubjectType">What it was done to, e.g. "user", "exercise", "subscription".</param>
/// <param name="SubjectId">The subject's id (or, for an unknown account, the email that was tried).</param>
public sealed record AuditEventOccurredIntegrationEvent(
    Guid? ActorId,
    string Action,
    string SubjectType,
    string? SubjectId,
    string Summary,
    string? IpAddress,
    string? UserAgent,
    DateTimeOffset OccurredAt) : IIntegrationEvent;

/// <summary>The audit log's vocabulary; modules use these, admins filter by them.</summary>
public static class AuditActions
{
    public const string LoginSucceeded = "auth.login_succeeded";
    public const string LoginFailed = "auth.login_failed";
    /// <summary>Recorded before sign-in throttling replaced account lockout; kept so old rows still name a known action.</summary>
    public const string AccountLocked = "auth.account_locked";
    public const string SignInThrottled = "auth.sign_in_throttled";
    public const string RefreshTokenReused = "auth.refresh_token_reused";
    public const string PasswordChanged = "auth.password_changed";
    public const string PasswordReset = "auth.password_reset";
    public const string EmailVerified = "auth.email_verified";
    public const string RoleChanged = "user.role_changed";
    public const string AccountDeleted = "user.deleted";
    public const string AccountPurged = "user.purged";
    public const string SubscriptionChanged = "subscription.changed";
    public const string DataExported = "privacy.exported";
    public const string AdminEdit = "admin.edit";
    public const string AccessTokenCreated = "access_token.created";
    public const string AccessTokenRevoked = "access_token.revoked";
    public const string AccessTokenUsed = "access_token.used";
    public const string CalendarFeedCreated = "calendar_feed.created";
    public const string CalendarFeedDeleted = "calendar_feed.deleted";
}
