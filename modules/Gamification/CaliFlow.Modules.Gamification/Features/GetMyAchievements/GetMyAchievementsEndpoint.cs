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
            .WithDescription(
                "recentlyUnlocked covers the last 7 days, inProgress puts the closest to done first, and achievements not yet started are left " +
                "out (GET /achievements lists them all). Streaks are as of today in the caller's time zone; workouts, check-ins and plan events " +
                "are counted shortly after they happen, not within their own request, so a new unlock can take a moment to show.")
            .RequireAuthorization()
            .AllowAccessToken(TokenScopes.LogsRead)
            .Produces<MyAchievementsResponse>();
}
