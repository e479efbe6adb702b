using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Gamification.Achievements;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Gamification.Features.ListAchievements;

internal sealed class ListAchievementsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/achievements", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListAchievementsQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(GamificationRoutes.Tag)
            .WithSummary("Every achievement with its rule, tier and points, and the caller's progress towards it.")
            .WithDescription(
                "The whole list, not paged, ordered by metric, then threshold, then code; achievements not started show 0 of the target. Progress " +
                "follows workouts, check-ins and plan events shortly after they happen, not within their own request.")
            .RequireAuthorization()
            .Produces<List<AchievementResponse>>();
}
