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
            .RequireAuthorization()
            .Produces<List<AchievementResponse>>();
}
