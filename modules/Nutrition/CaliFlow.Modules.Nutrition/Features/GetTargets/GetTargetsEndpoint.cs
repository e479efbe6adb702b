using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Nutrition.Targets;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.GetTargets;

internal sealed class GetTargetsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/nutrition/targets", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetTargetsQuery(user.Id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(NutritionRoutes.TargetsTag)
            .WithSummary("Today's daily targets: energy, protein, fat, carbohydrate, fibre and water, with the inputs they came from.")
            .WithDescription(
                "Answers 404 until the profile has sex, dateOfBirth, heightCm and a weight (PATCH /me/profile); from then on the " +
                "targets are recomputed on their own when the profile or the body weight changes. Weight, height, water and protein " +
                "per body weight come in the profile's units, energy in kcal and macros in grams.")
            .RequireAuthorization()
            .Produces<NutritionPlanResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
