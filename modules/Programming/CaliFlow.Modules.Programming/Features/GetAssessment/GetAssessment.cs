using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Assessments;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetAssessment;

internal sealed record GetAssessmentQuery(Guid UserId, Guid AssessmentId) : IQuery<Result<AssessmentResponse>>;
