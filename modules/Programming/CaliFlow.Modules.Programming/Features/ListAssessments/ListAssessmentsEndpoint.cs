using CaliFlow.BuildingBlocks.Web;
using Carter;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CaliFlow.Modules.Programming.Features.ListAssessments;

internal sealed class ListAssessmentsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/assessments", async (int? limit, Guid? before, ICurrentUser user, ISender sender, CancellationToken cancellationToken) =>
                (await sender.Send(new ListAssessmentsQuery(user.Id, limit ?? ListAssessmentsQuery.DefaultLimit, before), cancellationToken))
                .ToHttpResult(TypedResults.Ok))
            .WithTags(ProgrammingRoutes.AssessmentsTag)
            .WithSummary("Your assessments, newest first, in keyset pages (before = an assessment id).")
            .WithDescription("Pages hold 1-100 assessments (limit, 20 by default); pass the page's nextBefore as before for the next, older page, until it is null.")
            .RequireAuthorization()
            .Produces<AssessmentPage>()
            .ProducesValidationProblem();
}
