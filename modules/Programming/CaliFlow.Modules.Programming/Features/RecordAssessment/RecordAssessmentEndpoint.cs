using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Assessments;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.RecordAssessment;

internal sealed class RecordAssessmentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/assessments", async (RecordAssessmentCommand command, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(command with { UserId = user.Id }, cancellationToken))
                .ToHttpResult(assessment => TypedResults.Created($"{ApiPrefix.V1}/assessments/{assessment.Id}", assessment)))
            .WithTags(ProgrammingRoutes.AssessmentsTag)
            .WithSummary("Record max-rep and max-hold tests; each tested pattern is placed on the progression graph, and new plans start there.")
            .WithDescription(
                "Send at least one of pushUps, rows, pullUps, squats, gluteBridges and plank, each naming the exercise done (its usual one when " +
                "left out) with maxReps, or maxSeconds for a hold; an exercise of another pattern or the wrong measure is a 400 naming the field. " +
                "Steps up or down only go to exercises your profile's equipment allows. Your active plan does not change: new plans start from " +
                "your latest assessment of the last 90 days.")
            .RequireAuthorization()
            .Produces<AssessmentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
