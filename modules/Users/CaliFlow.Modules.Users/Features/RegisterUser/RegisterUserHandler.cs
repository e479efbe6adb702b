using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.BuildingBlocks.Persistence;
using CaliFlow.Modules.Users.AccountEmails;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.RegisterUser;

/// <summary>
/// Never tells the caller whether the address has an account (that would let anyone test addresses): a new address gets an
/// account and a verification mail, a taken one gets a mail to its owner, and both answer the same 202. The password is hashed
/// in both cases, so the time taken does not tell either.
/// </summary>
internal sealed class RegisterUserHandler(UsersDbContext db, IPasswordHasher<User> hasher)
    : ICommandHandler<RegisterUserCommand, Result<RegistrationAcceptedResponse>>
{
    public async ValueTask<Result<RegistrationAcceptedResponse>> Handle(RegisterUserCommand command, CancellationToken cancellationToken)
    {
        var user = User.Register(command.Email, passwordHash: "");
        user.ChangePassword(hasher.HashPassword(user, command.Password));

        // Two registrations of one new address at once: the second waits here and then takes the "taken" branch, instead of
        // hitting the unique index with a 409 that would tell the address exists.
        await db.Database.LockForTransactionAsync(SubjectLock.UsersRegistrationAddress, user.NormalizedEmail, cancellationToken);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == user.NormalizedEmail, cancellationToken))
        {
            db.Publish(new AccountEmailRequestedIntegrationEvent(user.NormalizedEmail, AccountEmailKind.AlreadyRegistered));
            return RegistrationAcceptedResponse.Instance;
        }

        db.Users.Add(user);
        db.Publish(new UserRegisteredIntegrationEvent(user.Id, user.Email));
        db.Publish(new AccountEmailRequestedIntegrationEvent(user.NormalizedEmail, AccountEmailKind.VerifyEmail));
        return RegistrationAcceptedResponse.Instance;
    }
}
