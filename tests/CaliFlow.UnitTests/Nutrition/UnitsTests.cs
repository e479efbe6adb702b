using CaliFlow.Modules.Nutrition.Domain;
using CaliFlow.Modules.Users.Contracts;
using Shouldly;

namespace CaliFlow.UnitTests.Nutrition;

public sealed class UnitsTests
{
    [Fact]
    public void Metric_profiles_read_metric_values_unchanged()
    {
        Units.Weight(80m, UnitSystem.Metric).ShouldBe(new Quantity(80m, "kg"));
        Units.Height(180m, UnitSystem.Metric).ShouldBe(new Quantity(180m, "cm"));
        Units.Water(3000, UnitSystem.Metric).ShouldBe(new Quantity(3000m, "ml"));
        Units.FoodAmount(150, UnitSystem.Metric).ShouldBe(new Quantity(150m, "g"));
        Units.ProteinPerBodyWeight(1.6m, UnitSystem.Metric).ShouldBe(new Quantity(1.6m, "g/kg"));
    }

    [Fact]
    public void Imperial_profiles_read_pounds_inches_fluid_ounces_and_ounces()
    {
        Units.Weight(80m, UnitSystem.Imperial).ShouldBe(new Quantity(176.4m, "lb")); // 176.37
        Units.Height(180m, UnitSystem.Imperial).ShouldBe(new Quantity(70.9m, "in")); // 70.87
        Units.Water(3000, UnitSystem.Imperial).ShouldBe(new Quantity(101m, "fl-oz")); // 101.44
        Units.FoodAmount(150, UnitSystem.Imperial).ShouldBe(new Quantity(5.3m, "oz")); // 5.29
        Units.ProteinPerBodyWeight(2.2m, UnitSystem.Imperial).ShouldBe(new Quantity(1.00m, "g/lb")); // 0.998
    }

    [Fact]
    public void Ounces_entered_become_whole_grams() =>
        Units.OuncesToGrams(6m).ShouldBe(170); // 170.1
}
