using CaliFlow.Modules.Nutrition.Targets;
using CaliFlow.Modules.Users.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.Nutrition;

public sealed class TargetCalculatorTests
{
    [Fact]
    public void Bmr_follows_Mifflin_St_Jeor()
    {
        // 10·80 + 6.25·180 − 5·30 + 5 = 800 + 1125 − 150 + 5
        TargetCalculator.Bmr(Sex.Male, 80m, 180m, 30).ShouldBe(1780m);
        // 10·60 + 6.25·165 − 5·40 − 161 = 600 + 1031.25 − 200 − 161
        TargetCalculator.Bmr(Sex.Female, 60m, 165m, 40).ShouldBe(1270.25m);
        // the midpoint of the two constants: −78
        TargetCalculator.Bmr(Sex.Other, 70m, 172m, 25).ShouldBe(700m + 1075m - 125m - 78m);
    }

    [Theory]
    [InlineData(DailyActivity.Sedentary, 2, "1.30")]
    [InlineData(DailyActivity.Sedentary, 3, "1.35")]
    [InlineData(DailyActivity.Light, 4, "1.50")]
    [InlineData(DailyActivity.Moderate, 5, "1.65")]
    [InlineData(DailyActivity.Active, 3, "1.65")]
    [InlineData(DailyActivity.VeryActive, 6, "1.90")]
    public void The_activity_factor_adds_training_days_to_daily_activity(DailyActivity activity, int days, string expected) =>
        TargetCalculator.ActivityFactor(activity, days).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Maintenance_for_a_man_of_80_kg_180_cm_30_years_sedentary_training_3_days()
    {
        var targets = TargetCalculator.Calculate(new TargetInputs(Sex.Male, 30, 180m, 80m, 3, DailyActivity.Sedentary, NutritionGoal.Maintenance));

        targets.BmrKcal.ShouldBe(1780m);
        targets.ActivityFactor.ShouldBe(1.35m);
        targets.TdeeKcal.ShouldBe(2403m); // 1780 × 1.35
        targets.EnergyKcal.ShouldBe(2400); // to the nearest 10 kcal
        targets.ProteinG.ShouldBe(128); // 1.6 g/kg × 80
        targets.FatG.ShouldBe(80); // 30 % of 2400 kcal / 9
        targets.CarbohydrateG.ShouldBe(292); // (2400 − 4·128 − 9·80) / 4
        targets.FibreG.ShouldBe(34); // 14 g per 1000 kcal: 33.6
        targets.WaterMl.ShouldBe(3000); // 35·80 + 500·3/7 = 3014 → nearest 50
    }

    [Fact]
    public void Fat_loss_for_a_woman_of_60_kg_165_cm_40_years_lightly_active_training_4_days()
    {
        var targets = TargetCalculator.Calculate(new TargetInputs(Sex.Female, 40, 165m, 60m, 4, DailyActivity.Light, NutritionGoal.FatLoss));

        targets.BmrKcal.ShouldBe(1270.3m); // 1270.25
        targets.ActivityFactor.ShouldBe(1.50m);
        targets.TdeeKcal.ShouldBe(1905.4m); // 1905.375
        targets.EnergyKcal.ShouldBe(1520); // × 0.80 = 1524.3
        targets.ProteinG.ShouldBe(132); // 2.2 × 60
        targets.FatG.ShouldBe(42); // 25 % of 1520 / 9 = 42.2
        targets.CarbohydrateG.ShouldBe(154); // (1520 − 528 − 378) / 4 = 153.5, halves away from zero
        targets.FibreG.ShouldBe(21); // 21.28
        targets.WaterMl.ShouldBe(2400); // 2100 + 285.7 = 2385.7
    }

    [Fact]
    public void Muscle_gain_for_a_man_of_70_kg_175_cm_22_years_very_active_training_6_days()
    {
        var targets = TargetCalculator.Calculate(new TargetInputs(Sex.Male, 22, 175m, 70m, 6, DailyActivity.VeryActive, NutritionGoal.MuscleGain));

        targets.BmrKcal.ShouldBe(1688.8m); // 700 + 1093.75 − 110 + 5 = 1688.75
        targets.ActivityFactor.ShouldBe(1.90m);
        targets.EnergyKcal.ShouldBe(3530); // 1688.75 × 1.9 × 1.1 = 3529.49
        targets.ProteinG.ShouldBe(140); // 2.0 × 70
        targets.FatG.ShouldBe(98); // 25 % of 3530 / 9 = 98.06
        targets.CarbohydrateG.ShouldBe(522); // (3530 − 560 − 882) / 4
    }

    [Fact]
    public void Recomposition_takes_ten_percent_off_with_high_protein()
    {
        var targets = TargetCalculator.Calculate(new TargetInputs(Sex.Other, 35, 170m, 75m, 3, DailyActivity.Moderate, NutritionGoal.Recomposition));

        targets.BmrKcal.ShouldBe(1559.5m); // 750 + 1062.5 − 175 − 78
        targets.ActivityFactor.ShouldBe(1.55m);
        targets.EnergyKcal.ShouldBe(2180); // 1559.5 × 1.55 × 0.9 = 2175.5
        targets.ProteinG.ShouldBe(165); // 2.2 × 75
    }

    [Fact]
    public void Protein_never_exceeds_forty_percent_of_energy_so_carbohydrate_stays_positive()
    {
        // A very heavy, short, old, sedentary dieter: 2.2 g/kg would be most of the energy.
        var targets = TargetCalculator.Calculate(new TargetInputs(Sex.Female, 90, 150m, 200m, 2, DailyActivity.Sedentary, NutritionGoal.FatLoss));

        (4 * targets.ProteinG).ShouldBeLessThanOrEqualTo((int)(0.40m * targets.EnergyKcal));
        targets.CarbohydrateG.ShouldBeGreaterThan(0);
        (9 * targets.FatG).ShouldBeGreaterThanOrEqualTo((int)(0.24m * targets.EnergyKcal));
    }

    [Theory]
    [InlineData(new[] { TrainingGoal.FatLoss }, nameof(NutritionGoal.FatLoss))]
    [InlineData(new[] { TrainingGoal.Muscle, TrainingGoal.Strength }, nameof(NutritionGoal.MuscleGain))]
    [InlineData(new[] { TrainingGoal.FatLoss, TrainingGoal.Muscle }, nameof(NutritionGoal.Recomposition))]
    [InlineData(new[] { TrainingGoal.Skills, TrainingGoal.Mobility }, nameof(NutritionGoal.Maintenance))]
    [InlineData(new TrainingGoal[0], nameof(NutritionGoal.Maintenance))]
    public void Training_goals_map_to_a_nutrition_goal(TrainingGoal[] goals, string expected) =>
        TargetCalculator.GoalFrom(goals).ToString().ShouldBe(expected);

    [Fact]
    public void Age_counts_whole_years_up_to_the_birthday()
    {
        TargetCalculator.Age(new DateOnly(1990, 6, 15), new DateOnly(2026, 6, 14)).ShouldBe(35);
        TargetCalculator.Age(new DateOnly(1990, 6, 15), new DateOnly(2026, 6, 15)).ShouldBe(36);
    }
}
