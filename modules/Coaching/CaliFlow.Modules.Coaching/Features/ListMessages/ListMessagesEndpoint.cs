using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Coaching.Features.ListMessages;

internal sealed class ListMessagesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/coach/messages", async (int? limit, string? cursor, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListMessagesQuery(user.Id, limit ?? ListMessagesQuery.DefaultLimit, cursor), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(CoachingRoutes.CoachTag)
            .WithSummary("Your conversation with the coach, newest first, in keyset pages.")
            .WithDescription(
                "Pages hold 1-100 messages (limit, 20 by default); pass the page's nextCursor as cursor for the next, older page, until it is " +
                "null, and a malformed cursor is a 400. Questions and replies are separate messages, a reply naming its question in replyToId; a " +
                "question the coach could not answer stays with status failed and no reply.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.CoachChat)
            .Produces<MessagePage>()
            .ProducesValidationProblem();
}
