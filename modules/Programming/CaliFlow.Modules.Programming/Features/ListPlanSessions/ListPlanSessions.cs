using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Sessions;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.ListPlanSessions;

/// <param name="Week">1-12; when absent, the plan week that contains today (in the user's time zone).</param>
internal sealed record ListPlanSessionsQuery(Guid UserId, int? Week) : IQuery<Result<PlanWeekResponse>>;

internal sealed record PlanWeekResponse(Guid PlanId, int Week, IReadOnlyList<SessionResponse> Sessions);
