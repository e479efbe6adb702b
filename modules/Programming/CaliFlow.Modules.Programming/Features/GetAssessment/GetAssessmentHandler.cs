using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Assessments;
using CaliFlow.Modules.Programming.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.GetAssessment;

internal sealed class GetAssessmentHandler(ProgrammingDbContext db, IExerciseCatalog exercises) : IQueryHandler<GetAssessmentQuery, Result<AssessmentResponse>>
{
    public async ValueTask<Result<AssessmentResponse>> Handle(GetAssessmentQuery query, CancellationToken cancellationToken)
    {
        // Someone else's assessment is "not found", not "forbidden": ids of other users' assessments are not confirmed.
        var assessment = await db.Assessments.AsNoTracking()
            .SingleOrDefaultAsync(a => a.Id == query.AssessmentId && a.UserId == query.UserId, cancellationToken);
        return assessment is null
            ? ProgrammingErrors.AssessmentNotFound
            : (await AssessmentResponse.FromAsync([assessment], exercises, cancellationToken))[0];
    }
}
