using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Users.Contracts;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.RecalculatePlan;

internal sealed class RecalculatePlanHandler(TargetsRecalculation recalculation, IUsersQueries users)
    : ICommandHandler<RecalculatePlanCommand, Result<RecalculatedPlan>>
{
    public async ValueTask<Result<RecalculatedPlan>> Handle(RecalculatePlanCommand command, CancellationToken cancellationToken)
    {
        var result = await recalculation.RecalculateAsync(command.UserId, PlanTrigger.Requested, cancellationToken);
        if (!result.IsSuccess)
        {
            return result.Error!;
        }

        var units = (await users.GetProfileAsync(command.UserId, cancellationToken))?.UnitSystem ?? UnitSystem.Metric;
        return new RecalculatedPlan(NutritionPlanResponse.From(result.Value.Plan, units), result.Value.Created);
    }
}
