using CaliFlow.BuildingBlocks.Application;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Users.Contracts;
using Mediator;

namespace CaliFlow.Modules.Nutrition.Features.GetTargets;

internal sealed record GetTargetsQuery(Guid UserId) : IQuery<Result<NutritionPlanResponse>>;

/// <summary>
/// One computation of daily targets. Energy is in kcal and macros in grams whatever the unit system; weight, height, water and
/// protein per body weight come in the profile's units.
/// </summary>
internal sealed record NutritionPlanResponse(
    Guid Id,
    bool Active,
    PlanTrigger Trigger,
    NutritionGoal Goal,
    UnitSystem UnitSystem,
    PlanInputsResponse Inputs,
    decimal BmrKcal,
    decimal TdeeKcal,
    int EnergyKcal,
    int ProteinG,
    Quantity ProteinPerBodyWeight,
    int FatG,
    int CarbohydrateG,
    int FibreG,
    Quantity Water,
    DateTimeOffset CalculatedAt,
    DateTimeOffset? SupersededAt)
{
    public static NutritionPlanResponse From(NutritionPlan p, UnitSystem units) => new(
        p.Id, p.IsActive, p.Trigger, p.Goal, units,
        new PlanInputsResponse(
            p.Sex, p.AgeYears, Units.Height(p.HeightCm, units), Units.Weight(p.WeightKg, units), p.WeightSource, p.TrainingDaysPerWeek,
            p.DailyActivity, p.ActivityFactor),
        p.BmrKcal, p.TdeeKcal, p.EnergyKcal, p.ProteinG, Units.ProteinPerBodyWeight(p.ProteinGPerKg, units), p.FatG, p.CarbohydrateG,
        p.FibreG, Units.Water(p.WaterMl, units), p.CreatedAt, p.SupersededAt);
}

internal sealed record PlanInputsResponse(
    Sex Sex,
    int AgeYears,
    Quantity Height,
    Quantity Weight,
    WeightSource WeightSource,
    int TrainingDaysPerWeek,
    DailyActivity DailyActivity,
    decimal ActivityFactor);
