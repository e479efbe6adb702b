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
        app.MapPut("/achievements/{code:maxlength(60)}", async (string code, UpdateAchievementCommand command, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { Code = code }, cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(GamificationRoutes.AdminTag)
            .WithSummary("Change an achievement definition (admins); a changed rule recomputes every user's progress from their counters.")
            .WithDescription(
                "Admins only; other users get 403. The whole definition is replaced, so send name, description, tier, points and rule; an unknown " +
                "code answers 404, and a rule naming an unknown metric, window, pattern or exercise is a 400 on that rule field. Unlocks already " +
                "earned are kept even under a harder rule, a definition changed here is no longer overwritten by the shipped set at start-up, and " +
                "the progress in the response is not the caller's.")
            .RequireAuthorization(UsersPolicies.Admin)
            .Produces<AchievementResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
}
