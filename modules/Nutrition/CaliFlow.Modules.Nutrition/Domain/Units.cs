using CaliFlow.Modules.Users.Contracts;

namespace CaliFlow.Modules.Nutrition.Domain;

/// <summary>An amount in the unit the user reads (their profile's unit system); the stored value is always metric.</summary>
internal sealed record Quantity(decimal Value, string Unit);

/// <summary>Conversions between the stored metric values and what an imperial profile shows and accepts.</summary>
internal static class Units
{
    public const decimal GramsPerOunce = 28.349523125m;
    public const decimal KilogramsPerPound = 0.45359237m;
    public const decimal CentimetresPerInch = 2.54m;
    public const decimal MillilitresPerFluidOunce = 29.5735295625m;

    public static Quantity Weight(decimal kg, UnitSystem units) =>
        units == UnitSystem.Imperial ? new(Math.Round(kg / KilogramsPerPound, 1), "lb") : new(Math.Round(kg, 1), "kg");

    public static Quantity Height(decimal cm, UnitSystem units) =>
        units == UnitSystem.Imperial ? new(Math.Round(cm / CentimetresPerInch, 1), "in") : new(Math.Round(cm, 1), "cm");

    public static Quantity Water(int ml, UnitSystem units) =>
        units == UnitSystem.Imperial ? new(Math.Round(ml / MillilitresPerFluidOunce), "fl-oz") : new(ml, "ml");

    /// <summary>Protein per unit of body weight: g/kg, or g/lb for an imperial profile.</summary>
    public static Quantity ProteinPerBodyWeight(decimal gramsPerKg, UnitSystem units) =>
        units == UnitSystem.Imperial ? new(Math.Round(gramsPerKg * KilogramsPerPound, 2), "g/lb") : new(gramsPerKg, "g/kg");

    public static Quantity FoodAmount(int grams, UnitSystem units) =>
        units == UnitSystem.Imperial ? new(Math.Round(grams / GramsPerOunce, 1), "oz") : new(grams, "g");

    public static int OuncesToGrams(decimal ounces) => (int)Math.Round(ounces * GramsPerOunce, MidpointRounding.AwayFromZero);
}
