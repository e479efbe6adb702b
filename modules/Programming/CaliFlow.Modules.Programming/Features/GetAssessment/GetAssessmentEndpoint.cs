using CaliFlow.BuildingBlocks.Web;
using CaliFlow.Modules.Programming.Assessments;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.GetAssessment;

internal sealed class GetAssessmentEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/assessments/{id:guid}", async (Guid id, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new GetAssessmentQuery(user.Id, id), cancellationToken)).ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.AssessmentsTag)
            .WithSummary("One of your assessments: the tests and where each pattern was placed, and why.")
            .WithDescription(
                "Another user's assessment id answers 404, as an unknown one does. Only your latest assessment taken in the last 90 days places " +
                "new plans; older ones stay readable, and estimatedMax is null where a pattern was stepped down.")
            .RequireAuthorization()
            .Produces<AssessmentResponse>()
            .ProducesProblem(StatusCodes.Status404NotFound);
}
