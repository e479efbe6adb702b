using System.Security.Cryptography;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Platform.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CaliFlow.Modules.Platform.OutboundWebhooks.RegisterWebhook;

internal sealed class RegisterWebhookHandler(PlatformDbContext db, IOptions<WebhookOptions> options, TimeProvider time)
    : ICommandHandler<RegisterWebhookCommand, Result<RegisteredWebhook>>
{
    public async ValueTask<Result<RegisteredWebhook>> Handle(RegisterWebhookCommand command, CancellationToken cancellationToken)
    {
        if (await db.WebhookEndpoints.CountAsync(e => e.OwnerId == command.UserId, cancellationToken) >= options.Value.MaxEndpointsPerUser)
        {
            return Error.Conflict("too_many_webhooks", $"At most {options.Value.MaxEndpointsPerUser} webhook endpoints per account.");
        }

        var secret = $"whsec_{Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))}";
        var endpoint = WebhookEndpoint.Register(command.UserId, command.Url, command.Events, secret);
        db.WebhookEndpoints.Add(endpoint);
        return new RegisteredWebhook(endpoint.Id, endpoint.Url, endpoint.Events, secret, time.GetUtcNow());
    }
}
