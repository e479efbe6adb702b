using CaliFlow.Modules.Nutrition.Domain;

namespace CaliFlow.Modules.Nutrition.MealPlanning;

/// <summary>What a day of the plan should add up to.</summary>
internal sealed record DayTargets(int EnergyKcal, int ProteinG, int FatG, int CarbohydrateG);

/// <summary>
/// Builds days of meals from the foods a user may eat so that every day lands within <see cref="Tolerance"/> of the energy and
/// protein targets. Pure and deterministic: the same foods, targets and seed give the same plan.
/// <para>
/// Each meal has slots (a protein food, a carbohydrate food, vegetables or fruit, a fat) filled at random from the groups that
/// suit the meal; portions are then solved for the whole day as a small bounded least-squares problem (energy and protein
/// weigh most, then fat, carbohydrate and each meal's share of the day), rounded to 5 g and nudged 5 g at a time. A day that
/// still misses is drawn again, later draws favouring protein-dense foods; if none hits, there is no plan (null).
/// </para>
/// </summary>
internal static class MealPlanGenerator
{
    /// <summary>The promise: every day within ±5 % of energy and protein.</summary>
    public const decimal Tolerance = 0.05m;

    /// <summary>What a day must reach before it is accepted, a little inside the promise.</summary>
    private const decimal AcceptWithin = 0.045m;

    private const int AttemptsPerDay = 40;
    private const int Step = 5;

    public static List<MealPlanDay>? Generate(IReadOnlyList<Food> foods, DayTargets targets, int days, int mealsPerDay, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mealsPerDay, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mealsPerDay, 6);
        var random = new Random(seed);
        var ordered = foods.OrderBy(f => f.Slug, StringComparer.Ordinal).ToList(); // the seed alone decides, not the caller's order
        var templates = Templates(mealsPerDay);
        var plan = new List<MealPlanDay>(days);
        var yesterday = new HashSet<string>(StringComparer.Ordinal);
        for (var day = 1; day <= days; day++)
        {
            MealPlanDay? made = null;
            for (var attempt = 0; attempt < AttemptsPerDay && made is null; attempt++)
            {
                made = TryDay(day, ordered, targets, templates, yesterday, attempt, random);
            }

            if (made is null)
            {
                return null;
            }

            plan.Add(made);
            yesterday = [.. made.Meals.SelectMany(m => m.Items).Select(i => i.Food)];
        }

        return plan;
    }

    /// <summary>How far <paramref name="actual"/> is from <paramref name="target"/>, as a fraction of the target.</summary>
    public static decimal Deviation(decimal actual, decimal target) => target == 0 ? 0 : (actual - target) / target;

    public static bool WithinTolerance(NutrientTotals totals, DayTargets targets, decimal tolerance = Tolerance) =>
        Math.Abs(Deviation(totals.EnergyKcal, targets.EnergyKcal)) <= tolerance &&
        Math.Abs(Deviation(totals.ProteinG, targets.ProteinG)) <= tolerance;

    private static MealPlanDay? TryDay(
        int day, List<Food> foods, DayTargets targets, MealTemplate[] templates, HashSet<string> yesterday, int attempt, Random random)
    {
        var usedToday = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<Portion>();
        for (var meal = 0; meal < templates.Length; meal++)
        {
            var template = templates[meal];
            var inThisMeal = new HashSet<string>(StringComparer.Ordinal);
            foreach (var role in Slots(template, targets))
            {
                var pool = foods.Where(f => GroupsFor(template.Kind, role).Contains(f.Group)).ToList();
                if (pool.Count == 0 || (role == Role.Protein && attempt >= AttemptsPerDay / 2))
                {
                    // Any food of the role will do: a vegan without soy has no breakfast protein, and a vegetarian without
                    // eggs or soy may need cottage cheese at dinner to reach a high protein target.
                    pool = foods.Where(f => Templates(6).Any(t => GroupsFor(t.Kind, role).Contains(f.Group))).ToList();
                }

                var food = Pick([.. pool.Where(f => !inThisMeal.Contains(f.Slug))], usedToday, yesterday, role, attempt, random);
                if (food is null)
                {
                    continue;
                }

                usedToday.Add(food.Slug);
                inThisMeal.Add(food.Slug);
                var (min, max) = Bounds(food, role);
                items.Add(new Portion(food, meal, min, max));
            }
        }

        if (items.Count == 0)
        {
            return null;
        }

        var grams = Solve(items, targets, templates);
        var mealsOut = templates.Select((t, m) => new Meal(
                t.Name,
                [.. items.Select((item, i) => (item, i)).Where(x => x.item.Meal == m).Select(x => MealItem.Of(x.item.Food, grams[x.i]))]))
            .ToList();
        var result = new MealPlanDay(day, mealsOut);
        return WithinTolerance(NutrientTotals.Of(result), targets, AcceptWithin) ? result : null;
    }

    /// <summary>
    /// A random food of the pool, avoiding what today already has and (if possible) what yesterday had. Later attempts lean
    /// towards protein-dense foods for protein slots, for targets that ask for a lot of protein per calorie.
    /// </summary>
    private static Food? Pick(List<Food> pool, HashSet<string> usedToday, HashSet<string> yesterday, Role role, int attempt, Random random)
    {
        // The last draws may repeat a protein food at another meal: seitan twice beats no plan for a soy-free vegan.
        var repeatsAllowed = role == Role.Protein && attempt >= AttemptsPerDay * 3 / 4;
        var fresh = repeatsAllowed ? pool : pool.Where(f => !usedToday.Contains(f.Slug)).ToList();
        if (fresh.Count == 0)
        {
            return null;
        }

        var notYesterday = fresh.Where(f => !yesterday.Contains(f.Slug)).ToList();
        var candidates = notYesterday.Count > 0 && attempt < AttemptsPerDay / 2 ? notYesterday : fresh;
        var bias = role == Role.Protein ? attempt / 4.0 : 0;
        var weights = candidates.Select(f => Math.Pow(Math.Max(ProteinShare(f), 0.01), bias)).ToArray();
        var draw = random.NextDouble() * weights.Sum();
        for (var i = 0; i < candidates.Count; i++)
        {
            draw -= weights[i];
            if (draw <= 0)
            {
                return candidates[i];
            }
        }

        return candidates[^1];
    }

    private static double ProteinShare(Food food) => food.EnergyKcal == 0 ? 0 : (double)(4m * food.ProteinG / food.EnergyKcal);

    /// <summary>
    /// Bounded least squares by coordinate descent: each gram amount in turn moves to the value that best fits every target row,
    /// clamped to its bounds. The rows are relative errors (so energy in kcal and protein in grams weigh alike), weighted.
    /// </summary>
    private static int[] Solve(List<Portion> items, DayTargets targets, MealTemplate[] templates)
    {
        var n = items.Count;
        var rows = new List<(double[] A, double B, double W)>
        {
            (Coefficients(items, f => f.EnergyKcal), targets.EnergyKcal, 100),
            (Coefficients(items, f => f.ProteinG), targets.ProteinG, 100),
            (Coefficients(items, f => f.FatG), targets.FatG, 4),
            (Coefficients(items, f => f.CarbohydrateG), targets.CarbohydrateG, 4),
        };
        for (var m = 0; m < templates.Length; m++)
        {
            var meal = m;
            var a = Coefficients(items, f => f.EnergyKcal);
            for (var i = 0; i < n; i++)
            {
                a[i] = items[i].Meal == meal ? a[i] : 0;
            }

            rows.Add((a, targets.EnergyKcal * templates[m].Share, 1));
        }

        for (var i = 0; i < n; i++)
        {
            // A light pull towards the middle of each item's range keeps portions ordinary when the targets leave room.
            var a = new double[n];
            a[i] = 1;
            rows.Add((a, (items[i].Min + items[i].Max) / 2.0, 0.01));
        }

        // Normalise every row by its target, so each expresses a relative error.
        var normalised = rows.Where(r => r.B > 0).Select(r => (A: r.A.Select(x => x / r.B).ToArray(), B: 1.0, r.W)).ToList();
        var g = items.Select(item => item.Min + (0.3 * (item.Max - item.Min))).ToArray();
        var residuals = normalised.Select(r => Dot(r.A, g) - r.B).ToArray();

        for (var sweep = 0; sweep < 300; sweep++)
        {
            var moved = 0.0;
            for (var j = 0; j < n; j++)
            {
                double gradient = 0, curvature = 0;
                for (var r = 0; r < normalised.Count; r++)
                {
                    var a = normalised[r].A[j];
                    if (a != 0)
                    {
                        gradient += normalised[r].W * a * residuals[r];
                        curvature += normalised[r].W * a * a;
                    }
                }

                var next = Math.Clamp(g[j] - (gradient / curvature), items[j].Min, items[j].Max);
                var delta = next - g[j];
                if (delta != 0)
                {
                    for (var r = 0; r < normalised.Count; r++)
                    {
                        residuals[r] += normalised[r].A[j] * delta;
                    }

                    g[j] = next;
                    moved = Math.Max(moved, Math.Abs(delta));
                }
            }

            if (moved < 0.01)
            {
                break;
            }
        }

        // Round to the 5 g a person would weigh, then nudge single items by 5 g while that lowers the error.
        var grams = new int[n];
        for (var j = 0; j < n; j++)
        {
            grams[j] = Math.Clamp((int)Math.Round(g[j] / Step) * Step, items[j].Min, items[j].Max);
            var delta = grams[j] - g[j];
            for (var r = 0; r < normalised.Count; r++)
            {
                residuals[r] += normalised[r].A[j] * delta;
            }
        }

        for (var round = 0; round < 200; round++)
        {
            var (best, bestStep, bestGain) = (-1, 0, 1e-12);
            for (var j = 0; j < n; j++)
            {
                foreach (var step in (int[])[Step, -Step])
                {
                    if (grams[j] + step < items[j].Min || grams[j] + step > items[j].Max)
                    {
                        continue;
                    }

                    var gain = 0.0;
                    for (var r = 0; r < normalised.Count; r++)
                    {
                        var a = normalised[r].A[j];
                        if (a != 0)
                        {
                            var after = residuals[r] + (a * step);
                            gain += normalised[r].W * ((residuals[r] * residuals[r]) - (after * after));
                        }
                    }

                    if (gain > bestGain)
                    {
                        (best, bestStep, bestGain) = (j, step, gain);
                    }
                }
            }

            if (best < 0)
            {
                break;
            }

            grams[best] += bestStep;
            for (var r = 0; r < normalised.Count; r++)
            {
                residuals[r] += normalised[r].A[best] * bestStep;
            }
        }

        return grams;
    }

    private static double[] Coefficients(List<Portion> items, Func<Food, decimal> per100G) =>
        [.. items.Select(item => (double)per100G(item.Food) / 100.0)];

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    /// <summary>Portion limits in grams (multiples of 5) by role and energy density: a spoon of oil, not a cup; a plate of rice, not a pot.</summary>
    private static (int Min, int Max) Bounds(Food food, Role role)
    {
        var density = food.EnergyKcal;
        return role switch
        {
            Role.Protein when density >= 300 => (15, 80),
            Role.Protein when food.Group is FoodGroup.Dairy or FoodGroup.PlantProteins && density < 80 => (50, 600),
            Role.Protein => (30, 450),
            Role.Carbohydrate when density >= 300 => (20, 150),
            Role.Carbohydrate when density >= 200 => (30, 250),
            Role.Carbohydrate => (50, 600),
            Role.Produce when density >= 200 => (15, 60),
            Role.Produce when food.Group == FoodGroup.Vegetables => (50, 400),
            Role.Produce => (50, 350),
            Role.Fat when density >= 500 => (5, 40),
            Role.Fat when density >= 250 => (15, 100),
            _ => (30, 200),
        };
    }

    /// <summary>
    /// The parts of a meal. A large share of the day's energy or protein gets a second protein, carbohydrate or fat food rather
    /// than impossible portions of one (two meals a day for a heavy lifter).
    /// </summary>
    private static List<Role> Slots(MealTemplate template, DayTargets targets)
    {
        var energy = targets.EnergyKcal * template.Share;
        var protein = targets.ProteinG * template.Share;
        List<Role> slots = template.Kind switch
        {
            MealKind.Breakfast => [Role.Protein, Role.Carbohydrate, Role.Produce],
            MealKind.Snack => [Role.Protein, Role.Produce],
            _ => [Role.Protein, Role.Carbohydrate, Role.Produce, Role.Fat],
        };
        if (template.Kind != MealKind.Snack && protein > 50)
        {
            slots.Add(Role.Protein);
        }

        if (template.Kind == MealKind.Main && energy > 1000)
        {
            slots.AddRange([Role.Carbohydrate, Role.Fat]);
        }

        return slots;
    }

    private static FoodGroup[] GroupsFor(MealKind kind, Role role) => (kind, role) switch
    {
        (MealKind.Breakfast, Role.Protein) => [FoodGroup.Eggs, FoodGroup.Dairy, FoodGroup.PlantProteins],
        (MealKind.Breakfast, Role.Carbohydrate) => [FoodGroup.Cereals, FoodGroup.Bread],
        (MealKind.Breakfast or MealKind.Snack, Role.Produce) => [FoodGroup.Fruits],
        (MealKind.Snack, Role.Protein) => [FoodGroup.Dairy, FoodGroup.PlantProteins, FoodGroup.Eggs, FoodGroup.NutsAndSeeds],
        (MealKind.Main, Role.Protein) =>
            [FoodGroup.Poultry, FoodGroup.Meat, FoodGroup.Fish, FoodGroup.Shellfish, FoodGroup.Eggs, FoodGroup.PlantProteins, FoodGroup.Legumes],
        (MealKind.Main, Role.Carbohydrate) => [FoodGroup.Grains, FoodGroup.StarchyVegetables, FoodGroup.Bread],
        (MealKind.Main, Role.Produce) => [FoodGroup.Vegetables],
        (MealKind.Main, Role.Fat) => [FoodGroup.FatsAndOils, FoodGroup.NutsAndSeeds, FoodGroup.Cheese],
        _ => [],
    };

    /// <summary>Meal names and each meal's share of the day's energy, for 2 to 6 meals.</summary>
    private static MealTemplate[] Templates(int mealsPerDay) => mealsPerDay switch
    {
        2 => [new("Lunch", MealKind.Main, 0.45), new("Dinner", MealKind.Main, 0.55)],
        3 => [new("Breakfast", MealKind.Breakfast, 0.30), new("Lunch", MealKind.Main, 0.35), new("Dinner", MealKind.Main, 0.35)],
        4 =>
        [
            new("Breakfast", MealKind.Breakfast, 0.25), new("Lunch", MealKind.Main, 0.30),
            new("Afternoon snack", MealKind.Snack, 0.15), new("Dinner", MealKind.Main, 0.30),
        ],
        5 =>
        [
            new("Breakfast", MealKind.Breakfast, 0.25), new("Morning snack", MealKind.Snack, 0.10), new("Lunch", MealKind.Main, 0.25),
            new("Afternoon snack", MealKind.Snack, 0.10), new("Dinner", MealKind.Main, 0.30),
        ],
        _ =>
        [
            new("Breakfast", MealKind.Breakfast, 0.20), new("Morning snack", MealKind.Snack, 0.10), new("Lunch", MealKind.Main, 0.25),
            new("Afternoon snack", MealKind.Snack, 0.10), new("Dinner", MealKind.Main, 0.25), new("Evening snack", MealKind.Snack, 0.10),
        ],
    };

    private enum Role
    {
        Protein,
        Carbohydrate,
        Produce,
        Fat,
    }

    private enum MealKind
    {
        Breakfast,
        Main,
        Snack,
    }

    private sealed record MealTemplate(string Name, MealKind Kind, double Share);

    private sealed record Portion(Food Food, int Meal, int Min, int Max);
}
