namespace CaliFlow.Modules.Users.AccountEmails;

/// <summary>The <c>App</c> section: where the links in mails point.</summary>
internal sealed class AppLinkOptions
{
    /// <summary>The client app's address; mails link to its <c>/verify-email</c> and <c>/reset-password</c> pages.</summary>
    public Uri PublicBaseUrl { get; set; } = new("http://localhost:5080");

    public string Link(string path, string? token = null) =>
        $"{PublicBaseUrl.ToString().TrimEnd('/')}/{path}{(token is null ? "" : "?token=" + token)}";
}
