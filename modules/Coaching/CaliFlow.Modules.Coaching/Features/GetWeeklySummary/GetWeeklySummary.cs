using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.GetWeeklySummary;

/// <summary>A summary of the caller's last 7 days, cached until their data (and so the prompt) changes.</summary>
internal sealed record GetWeeklySummaryRequest(Guid UserId) : IRequest<Result<GeneratedContentResponse>>;
