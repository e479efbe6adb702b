using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Exercises.Contracts;
using CaliFlow.Modules.Programming.Assessments;
using CaliFlow.Modules.Programming.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CaliFlow.Modules.Programming.Features.ListAssessments;

internal sealed class ListAssessmentsHandler(ProgrammingDbContext db, IExerciseCatalog exercises) : IQueryHandler<ListAssessmentsQuery, Result<AssessmentPage>>
{
    public async ValueTask<Result<AssessmentPage>> Handle(ListAssessmentsQuery query, CancellationToken cancellationToken)
    {
        // Newest first by id: UUIDv7 ids sort by the time they were made, and are unique, so the id is the keyset cursor.
        var assessments = db.Assessments.AsNoTracking().Where(a => a.UserId == query.UserId);
        if (query.Before is { } before)
        {
            assessments = assessments.Where(a => a.Id.CompareTo(before) < 0);
        }

        var page = await assessments.OrderByDescending(a => a.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var hasMore = page.Count > query.Limit;
        if (hasMore)
        {
            page.RemoveAt(page.Count - 1);
        }

        return new AssessmentPage(await AssessmentResponse.FromAsync(page, exercises, cancellationToken), hasMore ? page[^1].Id : null);
    }
}
