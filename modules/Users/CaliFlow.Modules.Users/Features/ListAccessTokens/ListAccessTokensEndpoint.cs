using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.ListAccessTokens;

internal sealed class ListAccessTokensEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/me/tokens", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListAccessTokensQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("The caller's personal access tokens, with their scopes and last use (the tokens themselves are never shown again).")
            .WithDescription("Oldest first, all in one answer (at most 20 per account). Expired tokens stay listed until revoked.")
            .RequireAuthorization()
            .Produces<IReadOnlyList<AccessTokenResponse>>();
}
