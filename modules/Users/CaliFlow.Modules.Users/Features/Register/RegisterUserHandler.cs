using CaliFlow.BuildingBlocks.Application;
using CaliFlow.BuildingBlocks.Messaging;
using CaliFlow.Modules.Users.Contracts;
using CaliFlow.Modules.Users.Domain;
using CaliFlow.Modules.Users.Persistence;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Users.Features.Register;

internal sealed class RegisterUserHandler(UsersDbContext db, IPasswordHasher<User> hasher)
    : ICommandHandler<RegisterUserCommand, Result<RegisteredUserResponse>>
{
    public async ValueTask<Result<RegisteredUserResponse>> Handle(RegisterUserCommand command, CancellationToken cancellationToken)
    {
        var normalizedEmail = User.Normalize(command.Email);
        if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            return Error.Conflict("email_taken", "An account with this email already exists.");
        }

        var user = User.Register(command.Email, passwordHash: "");
        user.ChangePassword(hasher.HashPassword(user, command.Password));
        db.Users.Add(user);
        db.Publish(new UserRegisteredIntegrationEvent(user.Id, user.Email));
        return new RegisteredUserResponse(user.Id, user.Email);
    }
}
