using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Nutrition.Targets;

internal enum NutritionGoal
{
    FatLoss,
    Maintenance,
    MuscleGain,
    Recomposition,
}

/// <summary>Everything the targets depend on; two computations from equal inputs give equal targets.</summary>
internal sealed record TargetInputs(
    Sex Sex,
    int AgeYears,
    decimal HeightCm,
    decimal WeightKg,
    int TrainingDaysPerWeek,
    DailyActivity DailyActivity,
    NutritionGoal Goal);

/// <summary>Daily targets. Energy in kcal, macros and fibre in grams, water in millilitres.</summary>
internal sealed record DailyTargets(
    decimal BmrKcal,
    decimal ActivityFactor,
    decimal TdeeKcal,
    int EnergyKcal,
    decimal ProteinGPerKg,
    decimal ProteinReferenceWeightKg,
    int ProteinG,
    int FatG,
    int CarbohydrateG,
    int FibreG,
    int WaterMl);

/// <summary>
/// Daily energy, macro, fibre and water targets from a profile. Pure arithmetic in decimals, so hand-computed cases match exactly:
/// BMR by Mifflin-St Jeor, TDEE = BMR × activity factor (daily activity plus training days), energy adjusted for the goal,
/// protein by (reference) body weight, fat as a share of energy, carbohydrate the rest.
/// </summary>
internal static class TargetCalculator
{
    /// <summary>Added to the daily-activity factor per weekly training day: 0.10 for 2 days up to 0.30 for 6.</summary>
    public const decimal FactorPerTrainingDay = 0.05m;

    /// <summary>
    /// Protein never takes more than this share of energy, so carbohydrate cannot go negative on a very small energy target.
    /// Where it cuts, <see cref="DailyTargets.ProteinGPerKg"/> says what is left per kg, not the goal's figure.
    /// </summary>
    public const decimal MaxProteinShare = 0.40m;

    /// <summary>
    /// Above this BMI (the top of the WHO normal range) protein is dosed on the weight this BMI gives at the user's height: the
    /// weight above it is mostly fat mass, which needs little protein, and the ISSN frames needs in a deficit per kg of lean mass.
    /// </summary>
    public const decimal ReferenceBmi = 25m;

    /// <summary>Fibre: 14 g per 1000 kcal (the adequate intake of the US dietary reference intakes).</summary>
    public const decimal FibrePerThousandKcal = 14m;

    public static NutritionGoal GoalFrom(IReadOnlyCollection<TrainingGoal> goals) =>
        (goals.Contains(TrainingGoal.FatLoss), goals.Contains(TrainingGoal.Muscle)) switch
        {
            (true, true) => NutritionGoal.Recomposition,
            (true, false) => NutritionGoal.FatLoss,
            (false, true) => NutritionGoal.MuscleGain,
            _ => NutritionGoal.Maintenance,
        };

    /// <summary>Mifflin-St Jeor: 10·kg + 6.25·cm − 5·years + 5 (male) or − 161 (female); "other" takes the midpoint, − 78.</summary>
    public static decimal Bmr(Sex sex, decimal weightKg, decimal heightCm, int ageYears) =>
        (10m * weightKg) + (6.25m * heightCm) - (5m * ageYears) + sex switch
        {
            Sex.Male => 5m,
            Sex.Female => -161m,
            _ => -78m,
        };

    /// <summary>Physical activity level outside training, plus <see cref="FactorPerTrainingDay"/> per training day.</summary>
    public static decimal ActivityFactor(DailyActivity dailyActivity, int trainingDaysPerWeek) =>
        dailyActivity switch
        {
            DailyActivity.Sedentary => 1.2m,
            DailyActivity.Light => 1.3m,
            DailyActivity.Moderate => 1.4m,
            DailyActivity.Active => 1.5m,
            _ => 1.6m,
        } + (FactorPerTrainingDay * trainingDaysPerWeek);

    /// <summary>Energy relative to TDEE: a 20 % deficit for fat loss, 10 % for recomposition, a 10 % surplus for muscle gain.</summary>
    public static decimal EnergyFactor(NutritionGoal goal) => goal switch
    {
        NutritionGoal.FatLoss => 0.80m,
        NutritionGoal.Recomposition => 0.90m,
        NutritionGoal.MuscleGain => 1.10m,
        _ => 1.00m,
    };

    /// <summary>
    /// Per kg of the reference weight. ISSN position stand on protein and exercise (Jäger et al. 2017, JISSN 14:20): 1.4-2.0 g/kg
    /// a day for exercising people, higher in a deficit (2.3-3.1 g/kg of lean mass, Helms et al. 2014). 2.2 g/kg of a reference
    /// weight at BMI 25 or less is about 2.6 g/kg of lean mass at 15 % body fat; 2.0 is the top of the range for muscle gain, 1.6
    /// its middle for maintenance.
    /// </summary>
    public static decimal ProteinPerKg(NutritionGoal goal) => goal switch
    {
        NutritionGoal.FatLoss or NutritionGoal.Recomposition => 2.2m,
        NutritionGoal.MuscleGain => 2.0m,
        _ => 1.6m,
    };

    /// <summary>At least 25 % of energy; 30 % at maintenance, where carbohydrate need not be stretched.</summary>
    public static decimal FatShare(NutritionGoal goal) => goal == NutritionGoal.Maintenance ? 0.30m : 0.25m;

    /// <summary>The weight protein is dosed on: actual weight, or the weight at <see cref="ReferenceBmi"/> when that is less (to 0.1 kg).</summary>
    public static decimal ProteinReferenceWeight(decimal weightKg, decimal heightCm) =>
        Math.Min(weightKg, Math.Round(ReferenceBmi * heightCm * heightCm / 10_000m, 1, MidpointRounding.AwayFromZero));

    public static DailyTargets Calculate(TargetInputs inputs)
    {
        var bmr = Bmr(inputs.Sex, inputs.WeightKg, inputs.HeightCm, inputs.AgeYears);
        var factor = ActivityFactor(inputs.DailyActivity, inputs.TrainingDaysPerWeek);
        var tdee = bmr * factor;
        var energy = RoundTo(tdee * EnergyFactor(inputs.Goal), 10);

        var referenceKg = ProteinReferenceWeight(inputs.WeightKg, inputs.HeightCm);
        var byWeight = Round(ProteinPerKg(inputs.Goal) * referenceKg);
        var protein = Math.Min(byWeight, (int)Math.Floor(MaxProteinShare * energy / 4m));
        // The label gives what the number is: the goal's g/kg, or what the energy cap left of it.
        var perKg = protein == byWeight ? ProteinPerKg(inputs.Goal) : Math.Round(protein / referenceKg, 2, MidpointRounding.AwayFromZero);
        var fat = Round(FatShare(inputs.Goal) * energy / 9m);
        var carbohydrate = Round((energy - (4m * protein) - (9m * fat)) / 4m);
        var fibre = Round(FibrePerThousandKcal * energy / 1000m);
        // 35 ml per kg, plus half a litre on each training day spread over the week.
        var water = RoundTo((35m * inputs.WeightKg) + (500m * inputs.TrainingDaysPerWeek / 7m), 50);

        return new DailyTargets(
            Math.Round(bmr, 1, MidpointRounding.AwayFromZero), factor, Math.Round(tdee, 1, MidpointRounding.AwayFromZero), energy, perKg,
            referenceKg, protein, fat, carbohydrate, fibre, water);
    }

    /// <summary>Whole years on <paramref name="today"/>.</summary>
    public static int Age(DateOnly dateOfBirth, DateOnly today) =>
        today.Year - dateOfBirth.Year - (today < dateOfBirth.AddYears(today.Year - dateOfBirth.Year) ? 1 : 0);

    private static int Round(decimal value) => (int)Math.Round(value, MidpointRounding.AwayFromZero);

    private static int RoundTo(decimal value, int step) => step * Round(value / step);
}
