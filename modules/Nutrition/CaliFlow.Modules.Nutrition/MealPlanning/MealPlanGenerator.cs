using CaliFlow.Modules.Nutrition.Domain;

namespace CaliFlow.Modules.Nutrition.MealPlanning;

/// <summary>What a day of the plan should add up to.</summary>
internal sealed record DayTargets(int EnergyKcal, int ProteinG, int FatG, int CarbohydrateG, int FibreG);

/// <summary>The targets a day is measured on.</summary>
internal enum Nutrient
{
    Energy,
    Protein,
    Fat,
    Carbohydrate,
    Fibre,
}

/// <summary>
/// Builds days of meals from the foods a user may eat so that every day meets every target within its <see cref="Band"/>.
/// Pure and deterministic: the same foods, targets and seed give the same plan.
/// <para>
/// Each meal has slots (a protein food, a carbohydrate food, vegetables or fruit, a fat) filled at random from the groups that
/// suit the meal, never with a raw form of a food eaten cooked; a meal whose portions cannot reach its share of the day gets
/// another slot, and one whose smallest portions overshoot it loses one. Portions stay within each food's per-meal range and
/// are solved for the whole day as a small bounded least-squares problem (each target's error counted in units of its
/// tolerance), rounded to 5 g, then repaired 5 g at a time until every target holds. A day that still misses is drawn again,
/// each draw leaning towards foods rich in what the last ones lacked and away from what they overshot; if none hits, there is
/// no plan (null).
/// </para>
/// </summary>
internal static class MealPlanGenerator
{
    private const int AttemptsPerDay = 40;
    private const int Step = 5;
    private const int MaxItemsPerMeal = 8;

    /// <summary>The repair aims this far inside each band, so rounding each item's nutrients to 0.1 g cannot tip a target out.</summary>
    private const double AimInside = 0.8;

    private static readonly Nutrient[] Nutrients = Enum.GetValues<Nutrient>();

    /// <summary>
    /// The band a day's amount must land in, as fractions of its target. Energy and protein ±5 % (100-150 kcal on a typical
    /// target; protein stays on its g/kg). Fat and carbohydrate ±10 %: fat set at 25-30 % of energy then stays within 22.5-33 %,
    /// inside the 20-35 % Acceptable Macronutrient Distribution Range of the US dietary reference intakes (IOM 2005), and
    /// carbohydrate, the remainder, gets the same room. Fibre at least the target, the adequate intake of 14 g per 1000 kcal
    /// (IOM 2005), which is a floor rather than a goal to overshoot, and at most 1.5 times it: beyond that bloating is common
    /// and the review's 86 g against 37 g stops looking like ordinary meals.
    /// </summary>
    public static (decimal Low, decimal High) Band(Nutrient nutrient) => nutrient switch
    {
        Nutrient.Energy or Nutrient.Protein => (0.95m, 1.05m),
        Nutrient.Fat or Nutrient.Carbohydrate => (0.90m, 1.10m),
        _ => (1.00m, 1.50m),
    };

    public static List<MealPlanDay>? Generate(IReadOnlyList<Food> foods, DayTargets targets, int days, int mealsPerDay, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(mealsPerDay, 2);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(mealsPerDay, 6);
        var random = new Random(seed);
        // The seed alone decides, not the caller's order; raw forms of foods eaten cooked are never served.
        var larder = new Larder([.. foods.Where(f => !f.CookBeforeEating).OrderBy(f => f.Slug, StringComparer.Ordinal)]);
        var templates = Templates(mealsPerDay);
        var plan = new List<MealPlanDay>(days);
        var yesterday = new HashSet<string>(StringComparer.Ordinal);
        for (var day = 1; day <= days; day++)
        {
            MealPlanDay? made = null;
            var lean = new double[Nutrients.Length];
            for (var attempt = 0; attempt < AttemptsPerDay && made is null; attempt++)
            {
                var drawn = TryDay(day, larder, targets, templates, yesterday, new Draw(attempt, lean), random);
                if (drawn is null)
                {
                    continue;
                }

                var totals = NutrientTotals.Of(drawn);
                // Judged on the items' nutrients as stored (rounded to 0.1 g) and on what the foods really hold at those grams:
                // the rounding alone must not carry a day over a band's edge.
                var missed = Missed(totals, targets).Union(Missed(larder.Contents(drawn), targets)).ToList();
                if (missed.Count == 0)
                {
                    made = drawn;
                }

                // The next draws lean away from foods rich in what overshot and towards foods rich in what fell short.
                foreach (var n in missed)
                {
                    lean[(int)n] = Math.Clamp(lean[(int)n] + (Amount(totals, n) > Target(targets, n) ? 0.5 : -0.5), -3, 3);
                }
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

    /// <summary>The targets a day's totals miss (outside their <see cref="Band"/>); empty when the day meets them all.</summary>
    public static List<Nutrient> Missed(NutrientTotals totals, DayTargets targets) =>
        [.. Nutrients.Where(n => Target(targets, n) > 0 && !Within(Amount(totals, n) / Target(targets, n), Band(n)))];

    public static bool WithinTolerance(NutrientTotals totals, DayTargets targets) => Missed(totals, targets).Count == 0;

    public static decimal Amount(NutrientTotals totals, Nutrient nutrient) => nutrient switch
    {
        Nutrient.Energy => totals.EnergyKcal,
        Nutrient.Protein => totals.ProteinG,
        Nutrient.Fat => totals.FatG,
        Nutrient.Carbohydrate => totals.CarbohydrateG,
        _ => totals.FibreG,
    };

    public static int Target(DayTargets targets, Nutrient nutrient) => nutrient switch
    {
        Nutrient.Energy => targets.EnergyKcal,
        Nutrient.Protein => targets.ProteinG,
        Nutrient.Fat => targets.FatG,
        Nutrient.Carbohydrate => targets.CarbohydrateG,
        _ => targets.FibreG,
    };

    private static bool Within(decimal ratio, (decimal Low, decimal High) band) => ratio >= band.Low && ratio <= band.High;

    private static decimal Per100G(Food food, Nutrient nutrient) => nutrient switch
    {
        Nutrient.Energy => food.EnergyKcal,
        Nutrient.Protein => food.ProteinG,
        Nutrient.Fat => food.FatG,
        Nutrient.Carbohydrate => food.CarbohydrateG,
        _ => food.FibreG,
    };

    private static MealPlanDay? TryDay(
        int day, Larder larder, DayTargets targets, MealTemplate[] templates, HashSet<string> yesterday, Draw draw, Random random)
    {
        var usedToday = new HashSet<string>(StringComparer.Ordinal);
        var items = new List<Portion>();
        for (var meal = 0; meal < templates.Length; meal++)
        {
            items.AddRange(FillMeal(meal, templates[meal], larder, targets, usedToday, yesterday, draw, random));
        }

        if (items.Count == 0)
        {
            return null;
        }

        var grams = Solve(items, targets, templates);
        return new MealPlanDay(day, [.. templates.Select((t, m) => new Meal(
            t.Name,
            [.. items.Select((item, i) => (item, i)).Where(x => x.item.Meal == m).Select(x => MealItem.Of(x.item.Food, grams[x.i]))]))]);
    }

    /// <summary>
    /// A meal's foods: the template's slots, then another slot while the largest portions cannot reach the meal's share of
    /// some target (a heavy lifter's dinner gets a second carbohydrate rather than a pot of rice; vegetables are added for
    /// fibre, a fat for fat), then one slot fewer while the smallest portions already overshoot a share (a light eater's snack
    /// is one food, not two).
    /// </summary>
    private static List<Portion> FillMeal(
        int meal, MealTemplate template, Larder larder, DayTargets targets, HashSet<string> usedToday, HashSet<string> yesterday,
        Draw draw, Random random)
    {
        var need = Nutrients.Select(n => Target(targets, n) * template.Share).ToArray();
        var chosen = new List<(Role Role, Food Food)>();

        void Add(Role role)
        {
            var pool = larder.For(template.Kind, role);
            if (pool.Count == 0 || (role == Role.Protein && draw.Attempt >= AttemptsPerDay / 2))
            {
                // Any food of the role will do: a vegan without soy has no breakfast protein, and a vegetarian without
                // eggs or soy may need cottage cheese at dinner to reach a high protein target.
                pool = larder.For(null, role);
            }

            // A second starch or fat comes from another group where there is one: rice and potatoes, not rice and couscous. (Protein
            // foods may share one: tofu and tempeh is how a vegan reaches a high target.)
            var otherGroup = role == Role.Protein ? [] : pool.Where(f => chosen.All(c => c.Food.Group != f.Group)).ToList();
            var food = Pick(otherGroup, usedToday, yesterday, role, targets, draw, random)
                       ?? Pick([.. pool.Where(f => chosen.All(c => c.Food.Slug != f.Slug))], usedToday, yesterday, role, targets, draw, random);
            if (food is not null)
            {
                chosen.Add((role, food));
                usedToday.Add(food.Slug);
            }
        }

        // How much of nutrient k the chosen foods give at their smallest or largest portions, as a share of the meal's need.
        double Reach(int k, bool largest) =>
            chosen.Sum(c => (double)Per100G(c.Food, Nutrients[k]) * (largest ? c.Food.MaxPortionG : c.Food.MinPortionG) / 100.0) / need[k];

        foreach (var role in template.Kind switch
                 {
                     MealKind.Breakfast => [Role.Protein, Role.Carbohydrate, Role.Produce],
                     MealKind.Snack => [Role.Protein, Role.Produce],
                     _ => (Role[])[Role.Protein, Role.Carbohydrate, Role.Produce, Role.Fat],
                 })
        {
            Add(role);
        }

        // Grow while some target is out of reach, shrink while the smallest portions overshoot one; a few rounds settle it.
        for (var round = 0; round < 12; round++)
        {
            var shortest = Enumerable.Range(0, Nutrients.Length).MinBy(k => Reach(k, largest: true));
            var over = Enumerable.Range(0, Nutrients.Length).Where(k => Reach(k, largest: false) > (double)Band(Nutrients[k]).High).ToList();
            if (over.Count > 0)
            {
                // Drop the food giving most of what overshoots; a main meal keeps its first food (its protein).
                var keep = template.Kind == MealKind.Main ? 1 : 0;
                if (chosen.Count <= Math.Max(keep, 1))
                {
                    break;
                }

                chosen.RemoveAt(Enumerable.Range(keep, chosen.Count - keep)
                    .MaxBy(i => over.Sum(k => (double)Per100G(chosen[i].Food, Nutrients[k]) * chosen[i].Food.MinPortionG / need[k])));
            }
            else if (Reach(shortest, largest: true) < 1.15 && chosen.Count < MaxItemsPerMeal)
            {
                var count = chosen.Count;
                Add(Nutrients[shortest] switch
                {
                    Nutrient.Protein => Role.Protein,
                    Nutrient.Fat => Role.Fat,
                    Nutrient.Fibre => Role.Produce,
                    _ => Role.Carbohydrate,
                });
                if (chosen.Count == count)
                {
                    break;
                }
            }
            else
            {
                break;
            }
        }

        return [.. chosen.Select(c => new Portion(c.Food, meal, c.Food.MinPortionG, c.Food.MaxPortionG))];
    }

    /// <summary>
    /// A random food of the pool, avoiding what today already has and (if possible) what yesterday had, weighted by the draw's
    /// lean: after a day with too little protein, protein-dense foods are likelier; after one with too much fibre, low-fibre ones.
    /// </summary>
    private static Food? Pick(
        List<Food> pool, HashSet<string> usedToday, HashSet<string> yesterday, Role role, DayTargets targets, Draw draw, Random random)
    {
        // The last draws may repeat a protein food at another meal: seitan twice beats no plan for a soy-free vegan.
        var repeatsAllowed = role == Role.Protein && draw.Attempt >= AttemptsPerDay * 3 / 4;
        var fresh = repeatsAllowed ? pool : pool.Where(f => !usedToday.Contains(f.Slug)).ToList();
        if (fresh.Count == 0)
        {
            return null;
        }

        var notYesterday = fresh.Where(f => !yesterday.Contains(f.Slug)).ToList();
        var candidates = notYesterday.Count > 0 && draw.Attempt < AttemptsPerDay / 2 ? notYesterday : fresh;
        var weights = candidates.Select(f => Weight(f, targets, draw.Lean)).ToArray();
        var left = random.NextDouble() * weights.Sum();
        for (var i = 0; i < candidates.Count; i++)
        {
            left -= weights[i];
            if (left <= 0)
            {
                return candidates[i];
            }
        }

        return candidates[^1];
    }

    /// <summary>
    /// How much a draw favours a food: for each nutrient, its amount per kcal relative to the targets' (1: as the day needs it),
    /// raised to minus the lean (a lean of +1 on fibre halves the chance of a food twice as fibre-rich as the day).
    /// </summary>
    private static double Weight(Food food, DayTargets targets, double[] lean)
    {
        var weight = 1.0;
        for (var k = 1; k < Nutrients.Length; k++) // from protein on: per kcal, every food has the same energy
        {
            if (lean[k] != 0)
            {
                var perKcal = (double)Per100G(food, Nutrients[k]) / Math.Max((double)food.EnergyKcal, 1);
                var density = perKcal / ((double)Target(targets, Nutrients[k]) / targets.EnergyKcal);
                weight *= Math.Pow(Math.Clamp(density, 0.1, 10), -lean[k]);
            }
        }

        return weight;
    }

    /// <summary>
    /// Bounded least squares by coordinate descent: each gram amount in turn moves to the value that best fits every row, clamped
    /// to its portion range. A target's row aims at the middle of its band and counts its error in units of the band's
    /// half-width (so ±5 % on energy weighs four times ±10 % on fat); lighter rows keep each meal near its share of the day and
    /// each portion near the middle of its range. Rounded to 5 g, then repaired.
    /// </summary>
    private static int[] Solve(List<Portion> items, DayTargets targets, MealTemplate[] templates)
    {
        var n = items.Count;
        var rows = Nutrients.Length + templates.Length;
        var a = new double[rows][]; // coefficients per gram, each row divided by its aim so its residual is a relative error
        var w = new double[rows];
        for (var k = 0; k < Nutrients.Length; k++)
        {
            var (low, high) = Band(Nutrients[k]);
            var halfWidth = (double)(high - low) / 2;
            var aim = Math.Max(Target(targets, Nutrients[k]) * (double)(low + high) / 2, 1);
            a[k] = [.. items.Select(item => (double)Per100G(item.Food, Nutrients[k]) / 100.0 / aim)];
            w[k] = 1 / (halfWidth * halfWidth);
        }

        for (var m = 0; m < templates.Length; m++)
        {
            var meal = m;
            var aim = Math.Max(targets.EnergyKcal * templates[m].Share, 1);
            a[Nutrients.Length + m] = [.. items.Select(item => item.Meal == meal ? (double)item.Food.EnergyKcal / 100.0 / aim : 0)];
            w[Nutrients.Length + m] = 4;
        }

        // A light pull towards the middle of each item's range keeps portions ordinary when the targets leave room.
        const double MiddlePull = 0.04;
        var middle = items.Select(item => (item.Min + item.Max) / 2.0).ToArray();
        var g = items.Select(item => item.Min + (0.3 * (item.Max - item.Min))).ToArray();
        var residuals = new double[rows];
        for (var r = 0; r < rows; r++)
        {
            for (var j = 0; j < n; j++)
            {
                residuals[r] += a[r][j] * g[j];
            }

            residuals[r] -= 1;
        }

        void Move(int j, double delta)
        {
            for (var r = 0; r < rows; r++)
            {
                residuals[r] += a[r][j] * delta;
            }

            g[j] += delta;
        }

        for (var sweep = 0; sweep < 300; sweep++)
        {
            var moved = 0.0;
            for (var j = 0; j < n; j++)
            {
                var gradient = MiddlePull * (g[j] - middle[j]) / (middle[j] * middle[j]);
                var curvature = MiddlePull / (middle[j] * middle[j]);
                for (var r = 0; r < rows; r++)
                {
                    gradient += w[r] * a[r][j] * residuals[r];
                    curvature += w[r] * a[r][j] * a[r][j];
                }

                var delta = Math.Clamp(g[j] - (gradient / curvature), items[j].Min, items[j].Max) - g[j];
                if (delta != 0)
                {
                    Move(j, delta);
                    moved = Math.Max(moved, Math.Abs(delta));
                }
            }

            if (moved < 0.01)
            {
                break;
            }
        }

        // Round to the 5 g a person would weigh (portion ranges are multiples of 5, so this stays inside them).
        for (var j = 0; j < n; j++)
        {
            Move(j, Math.Clamp(Math.Round(g[j] / Step) * Step, items[j].Min, items[j].Max) - g[j]);
        }

        // Repair 5 g at a time: first whatever brings the targets inside their bands, then whatever lowers the squared error.
        var reach = Nutrients.Select(nutrient =>
        {
            var (low, high) = Band(nutrient);
            return AimInside * (double)(high - low) / (double)(high + low); // the band's half-width, relative to its middle
        }).ToArray();

        double Outside(int j, double step)
        {
            var sum = 0.0;
            for (var k = 0; k < reach.Length; k++)
            {
                sum += Math.Max(0, Math.Abs(residuals[k] + (a[k][j] * step)) - reach[k]) / reach[k];
            }

            return sum;
        }

        double SquaredChange(int j, double step)
        {
            var before = g[j] - middle[j];
            var change = MiddlePull * (((before + step) * (before + step)) - (before * before)) / (middle[j] * middle[j]);
            for (var r = 0; r < rows; r++)
            {
                var after = residuals[r] + (a[r][j] * step);
                change += w[r] * ((after * after) - (residuals[r] * residuals[r]));
            }

            return change;
        }

        for (var round = 0; round < 200; round++)
        {
            var (best, bestStep, bestOutside, bestChange) = (-1, 0, Outside(0, 0), -1e-9);
            for (var j = 0; j < n; j++)
            {
                foreach (var step in (int[])[Step, -Step])
                {
                    if (g[j] + step < items[j].Min || g[j] + step > items[j].Max)
                    {
                        continue;
                    }

                    var (outside, change) = (Outside(j, step), SquaredChange(j, step));
                    if (outside < bestOutside - 1e-12 || (Math.Abs(outside - bestOutside) <= 1e-12 && change < bestChange))
                    {
                        (best, bestStep, bestOutside, bestChange) = (j, step, outside, change);
                    }
                }
            }

            if (best < 0)
            {
                break;
            }

            Move(best, bestStep);
        }

        return [.. g.Select(x => (int)Math.Round(x))];
    }

    private static FoodGroup[] GroupsFor(MealKind kind, Role role) => (kind, role) switch
    {
        (MealKind.Breakfast, Role.Protein) => [FoodGroup.Eggs, FoodGroup.Dairy, FoodGroup.PlantProteins],
        (MealKind.Breakfast or MealKind.Snack, Role.Carbohydrate) => [FoodGroup.Cereals, FoodGroup.Bread],
        (MealKind.Breakfast or MealKind.Snack, Role.Produce) => [FoodGroup.Fruits],
        (MealKind.Breakfast or MealKind.Snack, Role.Fat) => [FoodGroup.NutsAndSeeds, FoodGroup.Cheese, FoodGroup.FatsAndOils],
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

    /// <summary>The foods a plan may serve, sorted by slug and sorted once per plan into what each can be in a meal.</summary>
    private sealed class Larder(List<Food> foods)
    {
        private readonly Dictionary<(MealKind? Kind, Role Role), List<Food>> _pools = [];
        private readonly Dictionary<string, Food> _bySlug = foods.ToDictionary(f => f.Slug, StringComparer.Ordinal);

        /// <summary>What a day's foods hold at their grams, unrounded.</summary>
        public NutrientTotals Contents(MealPlanDay day)
        {
            var amounts = new decimal[Nutrients.Length];
            foreach (var item in day.Meals.SelectMany(m => m.Items))
            {
                for (var k = 0; k < amounts.Length; k++)
                {
                    amounts[k] += Per100G(_bySlug[item.Food], Nutrients[k]) * item.Grams / 100m;
                }
            }

            return new NutrientTotals(amounts[0], amounts[1], amounts[2], amounts[3], amounts[4]);
        }

        /// <summary>The foods that can fill <paramref name="role"/> at this kind of meal, or at any meal when it is null.</summary>
        public List<Food> For(MealKind? kind, Role role)
        {
            if (!_pools.TryGetValue((kind, role), out var pool))
            {
                var groups = (kind is null ? Enum.GetValues<MealKind>() : [kind.Value]).SelectMany(k => GroupsFor(k, role)).ToHashSet();
                _pools[(kind, role)] = pool = [.. foods.Where(f => groups.Contains(f.Group))];
            }

            return pool;
        }
    }

    /// <summary>One attempt at a day: its number and how its picks lean per nutrient (see <see cref="Weight"/>).</summary>
    private sealed record Draw(int Attempt, double[] Lean);
}
