using System.Text.Json.Serialization;
using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Programming.Plans;
using Mediator;

namespace CaliFlow.Modules.Programming.Features.GeneratePlan;

/// <summary>
/// Generates a 12-week plan from the profile; any field given here overrides the profile for this plan only. The new plan
/// becomes the active one and the previous active plan is archived (it stays readable).
/// </summary>
/// <param name="StartDate">A local date from today to 90 days ahead; today when absent.</param>
/// <param name="TargetSkills">Up to three skill slugs to work toward, e.g. "front-lever".</param>
/// <param name="CurrentVariations">Pattern slug → exercise id or slug the user trains now, e.g. { "vertical-pull": "pull-up" }.</param>
internal sealed record GeneratePlanCommand(
    DateOnly? StartDate = null,
    List<string>? TargetSkills = null,
    int? DaysPerWeek = null,
    List<DayOfWeek>? PreferredWeekdays = null,
    int? SessionMinutes = null,
    Dictionary<string, string>? CurrentVariations = null) : ICommand<Result<PlanResponse>>
{
    public const int MaxTargetSkills = 3;
    public const int MaxDaysAhead = 90;

    [JsonIgnore]
    public Guid UserId { get; init; }
}
