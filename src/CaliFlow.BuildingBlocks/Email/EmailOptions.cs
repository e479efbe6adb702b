namespace CaliFlow.BuildingBlocks.Email;

/// <summary>The <c>Email</c> section.</summary>
public sealed class EmailOptions
{
    public const string FolderProvider = "folder";
    public const string SmtpProvider = "smtp";

    /// <summary><c>folder</c> (the default: messages are kept on disk for a developer to read) or <c>smtp</c>.</summary>
    public string Provider { get; set; } = FolderProvider;

    public string From { get; set; } = "CaliFlow <no-reply@califlow.local>";

    /// <summary>Where <see cref="FolderEmailSender"/> keeps messages; a relative path is taken from the repository root.</summary>
    public string Folder { get; set; } = ".dev/mail";

    public SmtpOptions Smtp { get; set; } = new();

    public bool UsesSmtp => string.Equals(Provider, SmtpProvider, StringComparison.OrdinalIgnoreCase);

    public bool UsesFolder => string.Equals(Provider, FolderProvider, StringComparison.OrdinalIgnoreCase);
}

/// <summary>The <c>Email:Smtp</c> section; the password comes from a secret store (<c>Email__Smtp__Password</c>).</summary>
public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    /// <summary>Empty: no authentication (a local relay).</summary>
    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    /// <summary>
    /// Require STARTTLS (the default, for port 587). Off: TLS from the first byte on port 465, plain text on any other port
    /// (a relay on the same host, or a development catcher such as Mailpit).
    /// </summary>
    public bool UseStartTls { get; set; } = true;

    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
