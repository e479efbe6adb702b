using System.Globalization;
using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Nutrition.Targets;

/// <summary>
/// One computation of daily targets. Energy is in kcal and macros in grams whatever the unit system; weight, height, water and
/// protein per body weight come in the profile's units.
/// </summary>
/// <param name="ProteinPerBodyWeight">Protein per unit of <paramref name="ProteinReferenceWeight"/>: times it, the grams.</param>
/// <param name="ProteinReferenceWeight">The weight protein is dosed on: the body weight, or above BMI 25 the weight at BMI 25.</param>
/// <param name="ProteinLabel">Both in words, e.g. "2.2 g/kg of 68.1 kg reference weight (BMI 25 at 165 cm)".</param>
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
    Quantity ProteinReferenceWeight,
    string ProteinLabel,
    int FatG,
    int CarbohydrateG,
    int FibreG,
    Quantity Water,
    DateTimeOffset CalculatedAt,
    DateTimeOffset? SupersededAt)
{
    public static NutritionPlanResponse From(NutritionPlan p, UnitSystem units)
    {
        var perWeight = Units.ProteinPerBodyWeight(p.ProteinGPerKg, units);
        var reference = Units.Weight(p.ProteinReferenceWeightKg, units);
        var height = Units.Height(p.HeightCm, units);
        var basis = p.ProteinReferenceWeightKg < p.WeightKg
            ? string.Create(CultureInfo.InvariantCulture, $"reference weight (BMI {TargetCalculator.ReferenceBmi:0} at {height.Value:0.#} {height.Unit})")
            : "body weight";
        var label = string.Create(
            CultureInfo.InvariantCulture, $"{perWeight.Value:0.0#} {perWeight.Unit} of {reference.Value:0.#} {reference.Unit} {basis}");
        return new(
            p.Id, p.IsActive, p.Trigger, p.Goal, units,
            new PlanInputsResponse(
                p.Sex, p.AgeYears, height, Units.Weight(p.WeightKg, units), p.WeightSource, p.TrainingDaysPerWeek, p.DailyActivity,
                p.ActivityFactor),
            p.BmrKcal, p.TdeeKcal, p.EnergyKcal, p.ProteinG, perWeight, reference, label, p.FatG, p.CarbohydrateG, p.FibreG,
            Units.Water(p.WaterMl, units), p.CreatedAt, p.SupersededAt);
    }
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
