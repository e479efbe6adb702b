using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Gamification.Achievements;
using CaliFlow.Modules.Users.Contracts;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Gamification.Features.CreateAchievement;

internal sealed class CreateAchievementEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/achievements", async (CreateAchievementCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command, cancellationToken)).ToHttpResult(a => TypedResults.Created($"{ApiPrefix.V1}/achievements/{a.Code}", a)))
            .WithTags(GamificationRoutes.AdminTag)
            .WithSummary("Add an achievement definition (admins); its rule is checked, and users who already meet it unlock it.")
            .WithDescription(
                "Admins only; other users get 403. The code is lower-case words joined by hyphens and must be new (409 if taken; change an " +
                "existing definition with PUT /achievements/{code}), and a rule naming an unknown metric, window, pattern or exercise is a 400 on " +
                "that rule field. The progress in the response is not the caller's, and each user who unlocks the achievement now is told as for " +
                "any unlock, their achievement.unlocked webhooks included.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<AchievementResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
}
