using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Coaching.Coach;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.GetWeeklySummary;

/// <summary>
/// A summary of the caller's last 7 days, cached until their data (and so the prompt) changes. Not a command: a miss stores
/// its allowance use and the content in short writes of their own, so no transaction stays open while the provider thinks.
/// </summary>
internal sealed record GetWeeklySummaryRequest(Guid UserId) : IRequest<Result<GeneratedContentResponse>>;
