using CaliFlow.BuildingBlocks.Application;
using Mediator;

namespace CaliFlow.Modules.Coaching.Features.GetDueCheckIn;

internal sealed record GetDueCheckInQuery(Guid UserId) : IQuery<Result<CheckInDueResponse>>;

/// <param name="Due">No check-in in the last 7 days (in the user's time zone).</param>
/// <param name="DueOn">The local date the next check-in is due (today when it is due now).</param>
/// <param name="Regions">The body regions pain can be reported for.</param>
internal sealed record CheckInDueResponse(bool Due, DateOnly Today, DateOnly? LastCheckInOn, DateOnly DueOn, IReadOnlyList<string> Regions);
