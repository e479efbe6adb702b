using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Plans;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.GeneratePlan;

internal sealed class GeneratePlanEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/plans", async (GeneratePlanCommand? command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send((command ?? new GeneratePlanCommand()) with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(plan => TypedResults.Created($"{ApiPrefix.V1}/plans/{plan.Id}", plan)))
            .WithTags(ProgrammingRoutes.PlansTag)
            .WithSummary("Generate a 12-week plan from your profile (fields in the body override it); it replaces your active plan.")
            .WithRequestExample(new GeneratePlanCommand(
                TargetSkills: ["pull-up"],
                DaysPerWeek: 3,
                PreferredWeekdays: [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Friday],
                SessionMinutes: 45))
            .WithDescription(
                "The body is optional: what it leaves out comes from your profile, and patterns that currentVariations does not name start where " +
                "your latest assessment of the last 90 days placed them. startDate must lie between today in your time zone and 90 days ahead; an " +
                "unknown target skill, or a variation not of its pattern, is a 400 naming the field. Each call makes a new plan and archives the " +
                "active one (a retried request makes yet another), and a new plan counts towards plan achievements shortly after.")
            .RequireAuthorization()
            .Produces<PlanResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
