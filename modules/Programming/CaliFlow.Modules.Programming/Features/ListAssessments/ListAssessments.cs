using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Assessments;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.ListAssessments;

/// <param name="Before">An assessment id from the previous page: only older ones.</param>
internal sealed record ListAssessmentsQuery(Guid UserId, int Limit = ListAssessmentsQuery.DefaultLimit, Guid? Before = null)
    : IQuery<Result<AssessmentPage>>
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;
}

/// <param name="NextBefore">Pass as before for the next (older) page; null on the last page.</param>
internal sealed record AssessmentPage(IReadOnlyList<AssessmentResponse> Items, Guid? NextBefore);
