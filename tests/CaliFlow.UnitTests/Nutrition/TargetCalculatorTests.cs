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
        // BMI 26.0: protein on the weight at BMI 25 for 170 cm, 25 × 1.7² = 72.25 → 72.3 kg (it was 2.2 × 75 = 165 g).
        targets.ProteinReferenceWeightKg.ShouldBe(72.3m);
        targets.ProteinG.ShouldBe(159); // 2.2 × 72.3 = 159.06
        targets.ProteinGPerKg.ShouldBe(2.2m);
    }

    [Fact]
    public void The_reviewed_fat_loss_case_doses_protein_on_a_reference_weight_and_says_so()
    {
        // A woman of 85 kg, 165 cm (BMI 31.2): the label said 2.2 g/kg while the 40 %-of-energy cap gave 163 g, 1.92 g/kg of 85 kg.
        var targets = TargetCalculator.Calculate(new TargetInputs(Sex.Female, 30, 165m, 85m, 2, DailyActivity.Sedentary, NutritionGoal.FatLoss));

        targets.EnergyKcal.ShouldBe(1630); // (850 + 1031.25 − 150 − 161) × 1.3 × 0.8 = 1633.06
        targets.ProteinReferenceWeightKg.ShouldBe(68.1m); // 25 × 1.65² = 68.06
        targets.ProteinG.ShouldBe(150); // 2.2 × 68.1 = 149.8, under the cap of 163
        targets.ProteinGPerKg.ShouldBe(2.2m);
    }

    [Fact]
    public void Where_the_energy_cap_cuts_protein_the_label_gives_what_is_left_per_kg()
    {
        // A woman of 75, 150 cm, 45 kg, sedentary, in a deficit: 890 kcal caps protein at 89 g, under 2.2 × 45 = 99 g.
        var targets = TargetCalculator.Calculate(new TargetInputs(Sex.Female, 75, 150m, 45m, 2, DailyActivity.Sedentary, NutritionGoal.FatLoss));

        targets.EnergyKcal.ShouldBe(890); // (450 + 937.5 − 375 − 161) × 1.3 × 0.8 = 885.56
        targets.ProteinReferenceWeightKg.ShouldBe(45m); // BMI 20: the body weight
        targets.ProteinG.ShouldBe(89); // 40 % of 890 kcal / 4
        targets.ProteinGPerKg.ShouldBe(1.98m); // 89 / 45, not the goal's 2.2
    }

    [Fact]
    public void For_thousands_of_profiles_the_protein_label_times_the_reference_weight_gives_the_grams()
    {
        var random = new Random(18);
        for (var run = 0; run < 5000; run++)
        {
            var heightCm = random.Next(140, 211);
            var inputs = new TargetInputs(
                Enum.GetValues<Sex>()[random.Next(3)], random.Next(16, 91), heightCm, random.Next(35, 201), random.Next(0, 8),
                Enum.GetValues<DailyActivity>()[random.Next(5)], Enum.GetValues<NutritionGoal>()[random.Next(4)]);

            var t = TargetCalculator.Calculate(inputs);

            var atBmi25 = Math.Round(25m * heightCm * heightCm / 10_000m, 1, MidpointRounding.AwayFromZero);
            t.ProteinReferenceWeightKg.ShouldBe(Math.Min(inputs.WeightKg, atBmi25), $"{inputs}");
            // Label × weight = grams, to the rounding of the grams (0.5 g) and of the label (0.005 g/kg).
            Math.Abs((t.ProteinGPerKg * t.ProteinReferenceWeightKg) - t.ProteinG).ShouldBeLessThanOrEqualTo(
                0.5m + (0.005m * t.ProteinReferenceWeightKg), $"{inputs} → {t}");
            // README: 2.2 g/kg in a deficit or recomposition, 2.0 for muscle gain, 1.6 at maintenance.
            var goalGPerKg = inputs.Goal switch { NutritionGoal.FatLoss or NutritionGoal.Recomposition => 2.2m, NutritionGoal.MuscleGain => 2.0m, _ => 1.6m };
            t.ProteinGPerKg.ShouldBeLessThanOrEqualTo(goalGPerKg, $"{inputs}");
            (4 * t.ProteinG).ShouldBeLessThanOrEqualTo((int)(0.40m * t.EnergyKcal), $"{inputs}");
        }
    }

    [Fact]
    public void Protein_never_exceeds_forty_percent_of_energy_so_carbohydrate_stays_positive()
    {
        // A very heavy, short, old, sedentary dieter: 2.2 g/kg of actual weight would be most of the energy.
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
