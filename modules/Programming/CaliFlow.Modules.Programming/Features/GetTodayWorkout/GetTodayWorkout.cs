using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Features.GetSession;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GetTodayWorkout;

internal sealed record GetTodayWorkoutQuery(Guid UserId) : IQuery<Result<TodayWorkoutResponse>>;

/// <param name="Date">Today in the user's time zone.</param>
/// <param name="IsToday">False when there is no session today and <paramref name="Session"/> is the next one.</param>
/// <param name="Session">Null when the plan has no session left from today on.</param>
internal sealed record TodayWorkoutResponse(DateOnly Date, string TimeZone, bool IsToday, SessionResponse? Session);
