using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.GetMe;

internal sealed class GetMeEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/me", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetMeQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("The signed-in account with its training profile and plan.")
            .WithDescription(
                "Includes the id, email, role, creation time and whether the email address is verified, the whole training profile, and " +
                "the plan in effect now (a lapsed premium period reads as free). Features that mail the address, such as data exports, " +
                "need emailVerified to be true.")
            .RequireAuthorization()
            .Produces<MeResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
