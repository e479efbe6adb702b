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
                .ToHttpResult(assessment => TypedResults.Created($"/assessments/{assessment.Id}", assessment)))
            .WithTags(ProgrammingRoutes.AssessmentsTag)
            .WithSummary("Record max-rep and max-hold tests; each tested pattern is placed on the progression graph, and new plans start there.")
            .RequireAuthorization()
            .Produces<AssessmentResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
