using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Gamification.Features.UpdateAchievement;

internal sealed class UpdateAchievementEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPut("/achievements/{code}", async (string code, UpdateAchievementCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { Code = code }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(GamificationRoutes.AdminTag)
            .WithSummary("Change an achievement definition (admins); a changed rule recomputes every user's progress from their counters.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<AchievementResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
