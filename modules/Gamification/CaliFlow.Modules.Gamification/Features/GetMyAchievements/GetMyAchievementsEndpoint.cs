using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Gamification.Features.GetMyAchievements;

internal sealed class GetMyAchievementsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/me/achievements", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetMyAchievementsQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(GamificationRoutes.Tag)
            .WithSummary("The caller's unlocked, recently unlocked and started achievements, total points, level and streaks.")
            .RequireAuthorization()
            .Produces<MyAchievementsResponse>();
}
