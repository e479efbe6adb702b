using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Nutrition.Targets;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Nutrition.Features.RecalculatePlan;

internal sealed class RecalculatePlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/nutrition/plans/recalculate", async (ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new RecalculatePlanCommand { UserId = user.Id }, cancellationToken))
                .ToHttpResult(r => r.Created ? (IResult)TypedResults.Created($"{ApiPrefix.V1}/nutrition/targets", r.Plan) : TypedResults.Ok(r.Plan)))
            .WithTags(NutritionRoutes.TargetsTag)
            .WithSummary("Compute targets now from the profile and the latest body weight: 201 with a new plan, 200 if nothing changed.")
            .WithDescription(
                "Needs sex, dateOfBirth and heightCm in the profile and a weight, from the latest body-weight reading or else the " +
                "profile; without them it answers 409 naming the missing fields. Targets are also recomputed on their own after " +
                "profile and body-weight changes, and meal plans already made keep the targets they were made for.")
            .RequireAuthorization()
            .Produces<NutritionPlanResponse>(StatusCodes.Status201Created)
            .Produces<NutritionPlanResponse>()
            .ProducesProblem(StatusCodes.Status409Conflict);
}
