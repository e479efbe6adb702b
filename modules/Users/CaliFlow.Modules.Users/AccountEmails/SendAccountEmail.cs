using CaliFlow.BuildingBlocks.Email;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.Auth;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Users.AccountEmails;

/// <summary>
/// Sends the account mail a command queued, after the command committed: a rolled-back command sends nothing, and a failed
/// send fails the delivery, so the outbox tries again later (at least once). The link's token is made here, in the delivery's
/// transaction, so no usable token ever sits in the outbox; if that transaction fails after the mail left, the retry mails a
/// fresh link and the first one never worked.
/// </summary>
internal sealed class SendAccountEmail(UsersDbContext db, IEmailSender email, IOptions<AppLinkOptions> links, TimeProvider time)
    : IIntegrationEventHandler<AccountEmailRequestedIntegrationEvent>
{
    public async Task HandleAsync(AccountEmailRequestedIntegrationEvent requested, CancellationToken cancellationToken)
    {
        // Locked, so two deliveries for one address count their mails one after the other.
        var user = await db.Users
            .FromSql($"SELECT * FROM users.users WHERE normalized_email = {requested.Email} AND deleted_at IS NULL FOR UPDATE")
            .SingleOrDefaultAsync(cancellationToken);
        if (user is null)
        {
            return; // no account has this address (a reset asked for a stranger's), or it was deleted meanwhile
        }

        var now = time.GetUtcNow();
        if (requested.Kind != AccountEmailKind.VerifyEmail || user.EmailVerifiedAt is null)
        {
            if (!user.TryCountAccountMail(now))
            {
                return; // this address had its hour's mails; the owner already has a working link in the inbox
            }
        }

        EmailMessage message;
        switch (requested.Kind)
        {
            case AccountEmailKind.VerifyEmail when user.EmailVerifiedAt is null:
                var verifyToken = await AccountTokens.IssueAsync(db, user.Id, AccountTokenPurpose.VerifyEmail, now, cancellationToken);
                message = AccountEmailTemplates.VerifyEmail(user.Email, links.Value, verifyToken);
                break;
            case AccountEmailKind.VerifyEmail:
                return; // verified since it was asked for
            case AccountEmailKind.ResetPassword:
                var resetToken = await AccountTokens.IssueAsync(db, user.Id, AccountTokenPurpose.ResetPassword, now, cancellationToken);
                message = AccountEmailTemplates.ResetPassword(user.Email, links.Value, resetToken);
                break;
            default:
                message = AccountEmailTemplates.AlreadyRegistered(user.Email, links.Value);
                break;
        }

        await db.SaveChangesAsync(cancellationToken);
        await email.SendAsync(message, cancellationToken);
    }
}
