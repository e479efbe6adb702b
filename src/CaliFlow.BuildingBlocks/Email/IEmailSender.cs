using MimeKit;

namespace CaliFlow.BuildingBlocks.Email;

/// <summary>
/// Sends one message. Implementations: <see cref="SmtpEmailSender"/> (MailKit) and the development default
/// <see cref="FolderEmailSender"/>, chosen by <c>Email:Provider</c>. Callers send from outside their database transaction
/// (Users sends from its outbox), so a message never goes out for work that was rolled back.
/// </summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A plain-text message to one address; the sender is <c>Email:From</c>.</summary>
public sealed record EmailMessage(string To, string Subject, string TextBody)
{
    internal MimeMessage ToMime(string from, DateTimeOffset date)
    {
        var mime = new MimeMessage
        {
            Subject = Subject,
            Date = date,
            Body = new TextPart(MimeKit.Text.TextFormat.Plain) { Text = TextBody },
        };
        mime.From.Add(MailboxAddress.Parse(from));
        mime.To.Add(MailboxAddress.Parse(To));
        return mime;
    }
}
