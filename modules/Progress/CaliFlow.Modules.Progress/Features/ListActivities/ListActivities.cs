using CaliFlow.Modules.Progress.Activities;
using Mediator;

namespace CaliFlow.Modules.Progress.Features.ListActivities;

/// <param name="From">First local date included; all when absent.</param>
/// <param name="To">Last local date included; all when absent.</param>
internal sealed record ListActivitiesQuery(Guid UserId, DateOnly? From, DateOnly? To) : IQuery<IReadOnlyList<ActivityResponse>>
{
    /// <summary>A phone's sync window and more; narrow the dates to reach older ones.</summary>
    public const int MaxActivities = 500;
}
