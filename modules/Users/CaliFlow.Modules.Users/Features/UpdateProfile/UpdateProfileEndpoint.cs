using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Users.Profiles;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Users.Features.UpdateProfile;

internal sealed class UpdateProfileEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPatch("/me/profile", async (UpdateProfileCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(UsersRoutes.MeTag)
            .WithSummary("Change the training profile; only the fields sent are changed.")
            .RequireAuthorization()
            .Produces<ProfileResponse>()
            .ProducesValidationProblem();
}
